// Every normalizer source Porchlight reads, by source id. Pure parsers only (no clients here).
// Add one import and one entry per source — keep both lists sorted.
import type { CarrierParser } from "../tracking/normalize";
import { parse as seventeenTrack } from "./17track/parse";
import { parse as aftership } from "./aftership/parse";
import { parse as australiapost } from "./australiapost/parse";
import { parse as canadapost } from "./canadapost/parse";
import { parse as dhl } from "./dhl/parse";
import { parse as dhl_ecommerce } from "./dhl_ecommerce/parse";
import { parse as dhl_express } from "./dhl_express/parse";
import { parse as dhl_parcel_de } from "./dhl_parcel_de/parse";
import { parse as dpd } from "./dpd/parse";
import { parse as easypost } from "./easypost/parse";
import { parse as fedex } from "./fedex/parse";
import { parse as gls } from "./gls/parse";
import { parse as mydhl } from "./mydhl/parse";
import { parse as postnl } from "./postnl/parse";
import { parse as royalmail } from "./royalmail/parse";
import { parse as shippo } from "./shippo/parse";
import { parse as ups } from "./ups/parse";
import { parse as usps } from "./usps/parse";

export const PARSERS: Record<string, CarrierParser> = {
  "17track": seventeenTrack,
  aftership,
  australiapost,
  canadapost,
  dhl,
  dhl_ecommerce,
  dhl_express,
  dhl_parcel_de,
  dpd,
  easypost,
  fedex,
  gls,
  mydhl,
  postnl,
  royalmail,
  shippo,
  ups,
  usps,
};

export const SOURCES = Object.keys(PARSERS).sort();
