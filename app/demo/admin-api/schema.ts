// The part of Shopify's Admin GraphQL schema (API version 2026-07) that the stand-in serves.
// Generated from Shopify's own 2026-07 introspection (the admin schema that ships in
// @shopify/dev-mcp): type names, field names, argument defaults, nullability and deprecations
// are Shopify's, so a query that validates here validates against Shopify. Fields and types not
// listed are simply absent. Note the 2026-07 FulfillmentEventStatus has no PICKED_UP (that value
// exists only in `unstable` and the Customer Account API).

export const ADMIN_API_VERSION = "2026-07";

export const adminSchemaSDL = /* GraphQL */ `
schema {
  query: QueryRoot
  mutation: Mutation
}

type QueryRoot {
  fulfillment(id: ID!): Fulfillment
  order(id: ID!): Order
  orders(after: String, before: String, first: Int, last: Int, query: String, reverse: Boolean = false, savedSearchId: ID, sortKey: OrderSortKeys = PROCESSED_AT): OrderConnection!
  shop: Shop!
}

type Mutation {
  flowTriggerReceive(body: String @deprecated(reason: "Use \`payload\` and \`handle\` to execute your Flow trigger."), handle: String, payload: JSON): FlowTriggerReceivePayload
  fulfillmentEventCreate(fulfillmentEvent: FulfillmentEventInput!): FulfillmentEventCreatePayload
}

interface Node {
  id: ID!
}

interface LegacyInteroperability {
  legacyResourceId: UnsignedInt64!
}

interface DisplayableError {
  field: [String!]
  message: String!
}

type Shop implements Node {
  currencyCode: CurrencyCode!
  email: String!
  ianaTimezone: String!
  id: ID!
  myshopifyDomain: String!
  name: String!
  plan: ShopPlan!
  primaryDomain: Domain!
}

type Domain implements Node {
  host: String!
  id: ID!
  sslEnabled: Boolean!
  url: URL!
}

type ShopPlan {
  displayName: String! @deprecated(reason: "Use \`publicDisplayName\` instead.")
  partnerDevelopment: Boolean!
  publicDisplayName: String!
  shopifyPlus: Boolean!
}

type OrderConnection {
  edges: [OrderEdge!]!
  nodes: [Order!]!
  pageInfo: PageInfo!
}

type OrderEdge {
  cursor: String!
  node: Order!
}

type PageInfo {
  endCursor: String
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
}

type Order implements LegacyInteroperability & Node {
  cancelReason: OrderCancelReason
  cancelledAt: DateTime
  closed: Boolean!
  closedAt: DateTime
  createdAt: DateTime!
  currencyCode: CurrencyCode!
  customer: Customer
  customerLocale: String
  displayFinancialStatus: OrderDisplayFinancialStatus
  displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
  email: String
  fulfillments(first: Int, query: String): [Fulfillment!]!
  id: ID!
  legacyResourceId: UnsignedInt64!
  name: String!
  phone: String
  processedAt: DateTime!
  shippingAddress: MailingAddress
  updatedAt: DateTime!
}

type Customer implements LegacyInteroperability & Node {
  defaultEmailAddress: CustomerEmailAddress
  displayName: String!
  email: String @deprecated(reason: "Use \`defaultEmailAddress.emailAddress\` instead.")
  firstName: String
  id: ID!
  lastName: String
  legacyResourceId: UnsignedInt64!
  locale: String!
}

type CustomerEmailAddress {
  emailAddress: String!
}

type MailingAddress implements Node {
  address1: String
  city: String
  country: String
  countryCodeV2: CountryCode
  firstName: String
  id: ID!
  lastName: String
  phone: String
  provinceCode: String
  zip: String
}

type Fulfillment implements LegacyInteroperability & Node {
  createdAt: DateTime!
  deliveredAt: DateTime
  displayStatus: FulfillmentDisplayStatus
  estimatedDeliveryAt: DateTime
  events(after: String, before: String, first: Int, last: Int, reverse: Boolean = false, sortKey: FulfillmentEventSortKeys = HAPPENED_AT): FulfillmentEventConnection!
  id: ID!
  inTransitAt: DateTime
  legacyResourceId: UnsignedInt64!
  name: String!
  order: Order!
  originAddress: FulfillmentOriginAddress
  status: FulfillmentStatus!
  trackingInfo(first: Int): [FulfillmentTrackingInfo!]!
  updatedAt: DateTime!
}

type FulfillmentOriginAddress {
  address1: String
  address2: String
  city: String
  countryCode: String!
  provinceCode: String
  zip: String
}

type FulfillmentTrackingInfo {
  company: String
  number: String
  url: URL
}

type FulfillmentEventConnection {
  edges: [FulfillmentEventEdge!]!
  nodes: [FulfillmentEvent!]!
  pageInfo: PageInfo!
}

type FulfillmentEventEdge {
  cursor: String!
  node: FulfillmentEvent!
}

type FulfillmentEvent implements Node {
  address1: String
  city: String
  country: String
  createdAt: DateTime!
  estimatedDeliveryAt: DateTime
  happenedAt: DateTime!
  id: ID!
  latitude: Float
  longitude: Float
  message: String
  province: String
  status: FulfillmentEventStatus!
  zip: String
}

input FulfillmentEventInput {
  address1: String
  city: String
  country: String
  estimatedDeliveryAt: DateTime
  fulfillmentId: ID!
  happenedAt: DateTime
  latitude: Float
  longitude: Float
  message: String
  province: String
  status: FulfillmentEventStatus!
  zip: String
}

type FulfillmentEventCreatePayload {
  fulfillmentEvent: FulfillmentEvent
  userErrors: [UserError!]!
}

type FlowTriggerReceivePayload {
  userErrors: [UserError!]!
}

type UserError implements DisplayableError {
  field: [String!]
  message: String!
}

enum CurrencyCode {
  AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
  BYR @deprecated(reason: "Use \`BYN\` instead.")
  BZD CAD CDF CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP
  GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JEP JMD JOD JPY KES KGS KHR KID KMF
  KRW KWD KYD KZT LAK LBP LKR LRD LSL LTL LVL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN
  MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR
  SDG SEK SGD SHP SLL SOS SRD SSP
  STD @deprecated(reason: "Use \`STN\` instead.")
  STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USDC UYU UZS VED
  VEF @deprecated(reason: "Use \`VES\` instead.")
  VES VND VUV WST XAF XCD XOF XPF XXX YER ZAR ZMW
}

enum CountryCode {
  AC AD AE AF AG AI AL AM AN AO AR AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
  BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
  EG EH ER ES ET FI FJ FK FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GW GY HK HM HN HR
  HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK
  LR LS LT LU LV LY MA MC MD ME MF MG MK ML MM MN MO MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG
  NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PS PT PY QA RE RO RS RU RW SA SB SC SD SE SG
  SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
  UA UG UM US UY UZ VA VC VE VG VN VU WF WS XK YE YT ZA ZM ZW ZZ
}

enum FulfillmentDisplayStatus {
  ATTEMPTED_DELIVERY CANCELED CARRIER_PICKED_UP CONFIRMED DELAYED DELIVERED FAILURE FULFILLED
  IN_TRANSIT LABEL_PRINTED LABEL_PURCHASED LABEL_VOIDED MARKED_AS_FULFILLED NOT_DELIVERED
  OUT_FOR_DELIVERY PICKED_UP READY_FOR_PICKUP SUBMITTED
}

enum FulfillmentEventSortKeys {
  HAPPENED_AT ID
}

enum FulfillmentEventStatus {
  ATTEMPTED_DELIVERY CARRIER_PICKED_UP CONFIRMED DELAYED DELIVERED FAILURE IN_TRANSIT
  LABEL_PRINTED LABEL_PURCHASED OUT_FOR_DELIVERY READY_FOR_PICKUP
}

enum FulfillmentStatus {
  CANCELLED ERROR FAILURE
  OPEN @deprecated(reason: "This is a legacy status and is due to be deprecated.")
  PENDING @deprecated(reason: "This is a legacy status and is due to be deprecated.")
  SUCCESS
}

enum OrderCancelReason {
  CUSTOMER DECLINED FRAUD INVENTORY OTHER STAFF
}

enum OrderDisplayFinancialStatus {
  AUTHORIZED EXPIRED PAID PARTIALLY_PAID PARTIALLY_REFUNDED PENDING REFUNDED VOIDED
}

enum OrderDisplayFulfillmentStatus {
  FULFILLED IN_PROGRESS ON_HOLD OPEN PARTIALLY_FULFILLED PENDING_FULFILLMENT REQUEST_DECLINED
  RESTOCKED SCHEDULED UNFULFILLED
}

enum OrderSortKeys {
  CREATED_AT CURRENT_TOTAL_PRICE CUSTOMER_NAME DESTINATION FINANCIAL_STATUS FULFILLMENT_STATUS ID
  ORDER_NUMBER PO_NUMBER PROCESSED_AT RELEVANCE TOTAL_ITEMS_QUANTITY TOTAL_PRICE UPDATED_AT
}

scalar DateTime

scalar JSON

scalar URL

scalar UnsignedInt64
`;
