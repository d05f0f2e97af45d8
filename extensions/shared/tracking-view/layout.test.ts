import { h } from "preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTrackingLayout } from "./layout";
import { findAll, recordingPrimitives, renderTree, textOf } from "./test-render";
import { viewFixture } from "./view-fixtures";

// The timeline's open/closed state is the only hook; the shallow renderer fixes it per test.
const hooks = vi.hoisted(() => ({ timelineOpen: false }));
vi.mock("preact/hooks", () => ({ useState: () => [hooks.timelineOpen, () => undefined] }));

const { TrackingViewContent } = createTrackingLayout(recordingPrimitives);

function render(name: string, props: { detailsLocked?: string; title?: string } = {}) {
  return renderTree(h(TrackingViewContent, { view: viewFixture(name), ...props }));
}

const headings = (tree: ReturnType<typeof render>) => findAll(tree, "Section").map((s) => s.props.heading);

beforeEach(() => {
  hooks.timelineOpen = false;
});

describe("tracking layout", () => {
  it("titles the view and each shipment by its headline, with the milestone as a badge", () => {
    const view = viewFixture("weather-delay.fr");
    const tree = render("weather-delay.fr");
    expect(headings(tree)).toEqual(["Suivre votre commande", view.shipments[0].headline]);
    expect(textOf(findAll(tree, "Badge"))).toBe("En cours d'acheminement");
    expect(findAll(tree, "Badge")[0].props.critical).toBe(false);
    expect(headings(render("weather-delay.fr", { title: "Commande #2046" }))[0]).toBe("Commande #2046");
  });

  it("shows the active pitfall: tone, what happens next and what the shopper can do", () => {
    const banner = viewFixture("failed-attempt.en").shipments[0].banner!;
    const [rendered] = findAll(render("failed-attempt.en"), "Banner");
    expect(rendered.props).toMatchObject({ tone: "warning", heading: "Missed delivery" });
    expect(textOf(rendered)).toContain("No one was available to receive your package.");
    const [action] = findAll(rendered.children, "Link");
    expect(action.props.href).toBe("https://www.ups.com/track?tracknum=1Z5R89390357567127");
    expect(textOf(action)).toBe(banner.action!.label);
  });

  it("shows an action without a link as emphasised text", () => {
    const [banner] = findAll(render("lost.en"), "Banner");
    expect(banner.props.tone).toBe("critical");
    expect(findAll(banner.children, "Link")).toHaveLength(0);
    expect(textOf(findAll(banner.children, "Text"))).toBe("Contact the store");
  });

  it("shows the estimated range and progress on track, and neither off track", () => {
    const onTrack = render("in-transit.en");
    expect(textOf(onTrack)).toMatch(/Estimated delivery: Thursday, November 26\s–\sFriday, November 27/);
    expect(findAll(onTrack, "Progress")[0].props).toMatchObject({ value: 2, max: 4, label: "In transit" });
    const held = render("customs-hold.en");
    expect(findAll(held, "Progress")).toHaveLength(0);
    expect(textOf(held)).not.toContain("Estimated delivery");
    expect(findAll(held, "Badge")[0].props.critical).toBe(true);
  });

  it("lists carrier, tracking number, last update and the carrier link, with each language's colon", () => {
    const de = textOf(render("in-transit.de"));
    expect(de).toContain("Versanddienst: DHL Paket");
    expect(de).toContain("Sendungsnummer: JJD0099999999");
    expect(de).toContain("Zuletzt aktualisiert: 24.11.2026, 05:05");
    expect(textOf(render("in-transit.fr"))).toContain("Transporteur\u00a0: DPD");
    expect(textOf(render("in-transit.ja"))).toContain("配送業者：ヤマト運輸");
    const [link] = findAll(render("in-transit.de"), "Link");
    expect(link.props.href).toBe("https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=JJD0099999999");
    expect(textOf(link)).toBe(viewFixture("in-transit.de").labels.trackOnCarrier);
  });

  it("keeps the timeline collapsed behind a toggle, newest scan first when opened", () => {
    const view = viewFixture("in-transit.en");
    const closed = render("in-transit.en");
    const [toggle] = findAll(closed, "Button");
    expect(textOf(toggle)).toBe(view.labels.showDetails);
    expect(toggle.props.expanded).toBe(false);
    expect(findAll(closed, "List")).toHaveLength(0);

    hooks.timelineOpen = true;
    const open = render("in-transit.en");
    expect(textOf(findAll(open, "Button"))).toBe(view.labels.hideDetails);
    const [list] = findAll(open, "List");
    expect(list.props.id).toBe(findAll(open, "Button")[0].props.controls);
    const items = findAll(list.children, "ListItem");
    expect(items).toHaveLength(4);
    expect(textOf(items[0])).toContain("Your package has arrived at a sorting center");
    expect(textOf(items[0])).toContain("Tue, Nov 24, 10:48 PM · Chicago, IL, US");
    expect(textOf(items[3])).toContain("The store has created a shipping label");
  });

  it("numbers the shipments of a multi-shipment order and separates them", () => {
    const tree = render("multi-shipment.fr");
    const shipments = findAll(tree, "Section").slice(1);
    expect(shipments.map((s) => s.props.label)).toEqual(["Envoi 1 sur 2", "Envoi 2 sur 2"]);
    expect(findAll(tree, "Divider")).toHaveLength(1);
  });

  it("says so when nothing has shipped", () => {
    const view = viewFixture("no-tracking.en");
    const tree = render("no-tracking.en");
    expect(headings(tree)).toEqual([view.labels.title]);
    expect(textOf(tree)).toBe(view.labels.noTracking);
  });

  it("withholds tracking numbers, carrier links and timelines when details are locked", () => {
    const view = viewFixture("multi-shipment.en");
    const tree = render("multi-shipment.en", { detailsLocked: "Sign in to see details" });
    const text = textOf(tree);
    expect(text).not.toContain(view.shipments[0].trackingNumber);
    expect(findAll(tree, "Button")).toHaveLength(0);
    expect(findAll(tree, "Link")).toHaveLength(0);
    expect(text.match(/Sign in to see details/g)).toHaveLength(1);
    expect(headings(tree)).toContain(view.shipments[0].headline);
  });
});
