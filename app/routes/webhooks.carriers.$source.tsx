import type { ActionFunctionArgs } from "@remix-run/node";
import { receiveCarrierPush } from "../services/carrier-push.server";

// Carrier and aggregator pushes: /webhooks/carriers/<source>?shop=<shop domain>[&token=...]
export const action = async ({ request, params }: ActionFunctionArgs) => receiveCarrierPush(params.source ?? "", request);
