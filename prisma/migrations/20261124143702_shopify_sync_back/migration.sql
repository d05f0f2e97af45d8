-- AlterTable
ALTER TABLE "TrackingEvent" ADD COLUMN "shopifyEventId" TEXT;
ALTER TABLE "TrackingEvent" ADD COLUMN "shopifySyncedAt" DATETIME;

