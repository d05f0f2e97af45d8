import { describe, expect, it } from "vitest";
import { carrierFromCompany, companyKey } from "./shopify-companies";

describe("carrierFromCompany", () => {
  it.each([
    ["UPS", "ups"],
    ["FedEx", "fedex"],
    ["USPS", "usps"],
    ["DHL Express", "dhl_express"],
    ["DHL eCommerce", "dhl_ecommerce"],
    ["DHL eCommerce Asia", "dhl_ecommerce"],
    ["Deutsche Post", "dhl"],
    ["DHL", "dhl"],
    ["Canada Post", "canadapost"],
    ["Royal Mail", "royalmail"],
    ["Australia Post", "australiapost"],
    ["PostNL", "postnl"],
    ["DPD", "dpd"],
    ["DPD UK", "dpd"],
    ["DPD Local", "dpd"],
    ["GLS", "gls"],
    ["Amazon", "amazon"],
    ["Amazon Logistics US", "amazon"],
    ["Amazon Logistics UK", "amazon"],
    ["OnTrac", "ontrac"],
    ["LaserShip", "lasership"],
    ["Purolator", "purolator"],
    ["Yodel", "yodel"],
    ["YunExpress", "yunexpress"],
    ["Canpar", "canpar"],
    ["Landmark Global", "landmark"],
    ["Spee-Dee Delivery", "speedee"],
    ["GOFO Express", "gofo"],
    ["Old Dominion Freight Line", "old_dominion"],
  ])("Shopify's %j -> %s", (company, carrier) => {
    expect(carrierFromCompany(company)).toBe(carrier);
  });

  it.each([
    ["ups", "ups"],
    ["  fedex  ", "fedex"],
    ["Fed Ex", "fedex"],
    ["FEDEX GROUND", "fedex"],
    ["Federal Express", "fedex"],
    ["U.S.P.S.", "usps"],
    ["United States Postal Service", "usps"],
    ["dhl-express", "dhl_express"],
    ["DHL E-Commerce", "dhl_ecommerce"],
    ["DHL Ecommerce US", "dhl_ecommerce"],
    ["Postes Canada", "canadapost"],
    ["royal mail tracked 24", "royalmail"],
    ["Post NL", "postnl"],
    ["Laser Ship", "lasership"],
    ["On Trac", "ontrac"],
    ["Yun Express", "yunexpress"],
    ["UPS Mail Innovations", "ups"],
  ])("spelling %j -> %s", (company, carrier) => {
    expect(carrierFromCompany(company)).toBe(carrier);
  });

  it.each([
    ["Fedx", "fedex"],
    ["Purolater", "purolator"],
    ["Candada Post", "canadapost"],
    ["Austrailia Post", "australiapost"],
    ["Lasersihp", "lasership"],
    ["Yodle", "yodel"],
    ["Royal Mial", "royalmail"],
  ])("misspelling %j -> %s", (company, carrier) => {
    expect(carrierFromCompany(company)).toBe(carrier);
  });

  it.each([["Other"], ["OTHER"], ["custom"], [""], ["   "], ["Evri"], ["Chronopost"], ["La Poste"], ["Colissimo"], ["Posti"], ["x".repeat(500)]])(
    "%j names no carrier of ours",
    (company) => {
      expect(carrierFromCompany(company)).toBeNull();
    },
  );

  it("treats null and undefined as no hint", () => {
    expect(carrierFromCompany(null)).toBeNull();
    expect(carrierFromCompany(undefined)).toBeNull();
  });

  it("keys names by letters and digits only, accents folded", () => {
    expect(companyKey("Österreichische Post-AG")).toBe("osterreichischepostag");
    expect(companyKey("D.H.L. e-Commerce")).toBe("dhlecommerce");
  });
});
