-- AlterTable
ALTER TABLE "TrackingEvent" ADD COLUMN     "shopifyEventId" TEXT,
ADD COLUMN     "shopifySyncedAt" TIMESTAMP(3);

