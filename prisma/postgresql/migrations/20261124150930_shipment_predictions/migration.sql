-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "etaHistory" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "missProbability" DOUBLE PRECISION,
ADD COLUMN     "predictedLikely" TIMESTAMP(3),
ADD COLUMN     "predictionConfidence" DOUBLE PRECISION,
ADD COLUMN     "trackingNumberValid" BOOLEAN NOT NULL DEFAULT true;

