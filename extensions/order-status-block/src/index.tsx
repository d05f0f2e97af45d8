/** @jsxImportSource preact */
// customer-account.order-status.block.render: the order's delivery status. Pre-authenticated
// shoppers (opened from an order email without signing in) see the status; details need login.
import { render } from "preact";
import { TrackingBlock } from "../../shared/extension-block/TrackingBlock";
import type { OrderStatusApi } from "../../shared/extension-block/shopify-api";
import { useSubscribable } from "../../shared/extension-block/use-subscribable";

declare const shopify: OrderStatusApi;

export default async () => {
  render(<Extension />, document.body);
};

function Extension() {
  const order = useSubscribable(shopify.order);
  const authentication = useSubscribable(shopify.authenticationState);
  return (
    <TrackingBlock
      api={shopify}
      surface="order-status"
      orderId={order?.id}
      preAuthenticated={authentication === "pre_authenticated"}
      onRequireLogin={() => void shopify.requireLogin()}
    />
  );
}
