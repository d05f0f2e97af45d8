-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Shipment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shopId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "fulfillmentId" TEXT NOT NULL,
    "trackingNumber" TEXT NOT NULL,
    "carrier" TEXT,
    "service" TEXT,
    "trackingUrl" TEXT,
    "milestone" TEXT NOT NULL DEFAULT 'pending',
    "statusCode" TEXT NOT NULL DEFAULT 'pending.awaiting_info',
    "originCountry" TEXT,
    "shippedAt" DATETIME,
    "lastEventAt" DATETIME,
    "deliveredAt" DATETIME,
    "carrierEta" DATETIME,
    "etaHistory" TEXT NOT NULL DEFAULT '[]',
    "predictedFrom" DATETIME,
    "predictedTo" DATETIME,
    "predictedLikely" DATETIME,
    "predictionConfidence" REAL,
    "missProbability" REAL,
    "trackingNumberValid" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "nextCheckAt" DATETIME,
    "checkCount" INTEGER NOT NULL DEFAULT 0,
    "pushSubscribed" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Shipment_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Shipment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Shipment" ("active", "carrier", "carrierEta", "checkCount", "createdAt", "deliveredAt", "fulfillmentId", "id", "lastEventAt", "milestone", "nextCheckAt", "orderId", "originCountry", "predictedFrom", "predictedTo", "pushSubscribed", "retiredAt", "service", "shippedAt", "shopId", "statusCode", "trackingNumber", "trackingUrl", "updatedAt") SELECT "active", "carrier", "carrierEta", "checkCount", "createdAt", "deliveredAt", "fulfillmentId", "id", "lastEventAt", "milestone", "nextCheckAt", "orderId", "originCountry", "predictedFrom", "predictedTo", "pushSubscribed", "retiredAt", "service", "shippedAt", "shopId", "statusCode", "trackingNumber", "trackingUrl", "updatedAt" FROM "Shipment";
DROP TABLE "Shipment";
ALTER TABLE "new_Shipment" RENAME TO "Shipment";
CREATE INDEX "Shipment_active_nextCheckAt_idx" ON "Shipment"("active", "nextCheckAt");
CREATE INDEX "Shipment_orderId_idx" ON "Shipment"("orderId");
CREATE INDEX "Shipment_shopId_milestone_idx" ON "Shipment"("shopId", "milestone");
CREATE INDEX "Shipment_trackingNumber_idx" ON "Shipment"("trackingNumber");
CREATE UNIQUE INDEX "Shipment_shopId_fulfillmentId_trackingNumber_key" ON "Shipment"("shopId", "fulfillmentId", "trackingNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

