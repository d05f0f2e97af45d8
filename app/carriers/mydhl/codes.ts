// The MyDHL API reports the same DHL Express checkpoint codes (events[].typeCode) as XML
// Services, so both sources share one table.
export { dhlExpressCode as mydhlCode } from "../dhl_express/codes";
