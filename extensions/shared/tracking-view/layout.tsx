/** @jsxImportSource preact */
// One layout of a TrackingView for every shopper surface: per shipment its headline, status,
// active-pitfall banner, estimated delivery, progress, carrier details and a collapsed timeline.
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { ShipmentView, TrackingView } from "../../../app/tracking/view/types";
import { formatInstant, isOffTrack, labelled, progressOf, shipmentPosition, timelineDomId } from "./format";
import type { Primitives } from "./primitives";

export interface TrackingViewProps {
  view: TrackingView;
  /** The view's heading; labels.title unless the surface has a better one (the order's name). */
  title?: string;
  /**
   * Set when the shopper may see the status but not the details (pre-authenticated order-status
   * page): tracking numbers and timelines are withheld and this is shown once, after the shipments.
   */
  detailsLocked?: ComponentChildren;
}

export function createTrackingLayout(ui: Primitives) {
  function Timeline({ shipment, labels }: { shipment: ShipmentView; labels: TrackingView["labels"] }) {
    const [open, setOpen] = useState(false);
    const id = timelineDomId(shipment);
    return (
      <ui.Stack gap="tight">
        <ui.Button onClick={() => setOpen(!open)} expanded={open} controls={id}>
          {open ? labels.hideDetails : labels.showDetails}
        </ui.Button>
        {open && (
          <ui.List id={id}>
            {shipment.timeline.map((entry) => (
              <ui.ListItem key={`${entry.at}-${entry.code}`}>
                <ui.Stack gap="tight">
                  <ui.Text>{entry.message}</ui.Text>
                  <ui.Text subdued small>
                    {entry.location ? `${entry.when} · ${entry.location}` : entry.when}
                  </ui.Text>
                </ui.Stack>
              </ui.ListItem>
            ))}
          </ui.List>
        )}
      </ui.Stack>
    );
  }

  function PitfallBanner({ shipment }: { shipment: ShipmentView }) {
    const banner = shipment.banner;
    if (!banner) return null;
    return (
      <ui.Banner tone={banner.tone} heading={banner.title}>
        <ui.Stack gap="tight">
          <ui.Paragraph>{banner.message}</ui.Paragraph>
          {banner.action &&
            (banner.action.url ? (
              <ui.Link href={banner.action.url}>{banner.action.label}</ui.Link>
            ) : (
              <ui.Paragraph>
                <ui.Text strong>{banner.action.label}</ui.Text>
              </ui.Paragraph>
            ))}
        </ui.Stack>
      </ui.Banner>
    );
  }

  function Shipment(props: { view: TrackingView; shipment: ShipmentView; index: number; showDetails: boolean }) {
    const { view, shipment, index, showDetails } = props;
    const { labels } = view;
    const position = shipmentPosition(labels, index, view.shipments.length);
    const progress = progressOf(shipment);
    return (
      <ui.Section heading={shipment.headline} label={position ?? undefined}>
        <ui.Stack gap="base">
          <ui.Stack inline gap="tight">
            <ui.Badge critical={isOffTrack(shipment)}>{shipment.milestoneLabel}</ui.Badge>
            {position && <ui.Text subdued>{position}</ui.Text>}
          </ui.Stack>
          <PitfallBanner shipment={shipment} />
          {progress && <ui.Progress value={progress.value} max={progress.max} label={shipment.milestoneLabel} />}
          {shipment.estimate && (
            <ui.Paragraph>
              {labelled(labels.estimatedDelivery, "", view.locale)}
              <ui.Text strong>{shipment.estimate.text}</ui.Text>
            </ui.Paragraph>
          )}
          <ui.Stack gap="tight">
            <ui.Paragraph subdued>{labelled(labels.carrier, shipment.carrier.name, view.locale)}</ui.Paragraph>
            {showDetails && shipment.trackingNumber && (
              <ui.Paragraph subdued>{labelled(labels.trackingNumber, shipment.trackingNumber, view.locale)}</ui.Paragraph>
            )}
            {shipment.lastUpdated && (
              <ui.Paragraph subdued>{labelled(labels.lastUpdated, formatInstant(shipment.lastUpdated, view), view.locale)}</ui.Paragraph>
            )}
            {showDetails && shipment.carrier.trackingUrl && (
              <ui.Link href={shipment.carrier.trackingUrl}>{labels.trackOnCarrier}</ui.Link>
            )}
          </ui.Stack>
          {showDetails && shipment.timeline.length > 0 && <Timeline shipment={shipment} labels={labels} />}
        </ui.Stack>
      </ui.Section>
    );
  }

  /** The whole view under one titled section; an order without shipments says so. */
  function TrackingViewContent({ view, title, detailsLocked }: TrackingViewProps) {
    return (
      <ui.Section heading={title ?? view.labels.title}>
        {view.shipments.length === 0 ? (
          <ui.Paragraph>{view.labels.noTracking}</ui.Paragraph>
        ) : (
          <ui.Stack gap="loose">
            {view.shipments.map((shipment, index) => [
              index > 0 && <ui.Divider key={`divider-${shipment.id}`} />,
              <Shipment key={shipment.id} view={view} shipment={shipment} index={index} showDetails={detailsLocked === undefined} />,
            ])}
            {detailsLocked}
          </ui.Stack>
        )}
      </ui.Section>
    );
  }

  return { TrackingViewContent };
}
