/** @jsxImportSource preact */
// purchase.thank-you.block.render: the new order's delivery status (usually "not shipped yet",
// then live tracking when the shopper comes back to the page).
import { render } from "preact";
import { TrackingBlock } from "../../shared/extension-block/TrackingBlock";
import type { ThankYouApi } from "../../shared/extension-block/shopify-api";
import { useSubscribable } from "../../shared/extension-block/use-subscribable";

declare const shopify: ThankYouApi;

export default async () => {
  render(<Extension />, document.body);
};

function Extension() {
  const confirmation = useSubscribable(shopify.orderConfirmation);
  return <TrackingBlock api={shopify} surface="thank-you" orderId={confirmation?.order.id} />;
}
