/** @jsxImportSource preact */
// The storefront tracking page: a lookup form, then the order's delivery status. Errors never
// reveal whether an order or an email exists: every "no match" reads the same.
import { useEffect, useRef, useState } from "preact/hooks";
import type { TrackingView } from "../../../app/tracking/view/types";
import { fillLabel } from "../../shared/tracking-view/format";
import { createTrackingLayout } from "../../shared/tracking-view/layout";
import { shopperTimeZone } from "../../shared/tracking-view/shopper-time-zone";
import { htmlPrimitives } from "./html-primitives";
import { checkQuery, lookupTracking, lookupUrl, type LookupResult } from "./lookup";
import type { StorefrontStrings } from "./strings";

const { TrackingViewContent } = createTrackingLayout(htmlPrimitives);

type PageState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "invalid"; field: "order" | "email"; message: string }
  | { kind: "failed"; message: string }
  | { kind: "ready"; view: TrackingView };

export interface TrackingPageProps {
  strings: StorefrontStrings;
  endpoint: string;
  locale: string | null;
  /** Looked up as soon as the page loads (a link from a shipping email, or a preview). */
  initialTracking?: string;
  idPrefix: string;
  /** Signed in to the store: the order number alone finds their own orders. */
  signedIn?: boolean;
}

function failureMessage(result: Exclude<LookupResult, { kind: "ready" }>, strings: StorefrontStrings): string {
  if (result.kind === "not-found") return strings.notFound;
  if (result.kind === "rate-limited") return strings.rateLimited;
  return strings.unavailable;
}

export function TrackingPage({ strings, endpoint, locale, initialTracking = "", idPrefix, signedIn = false }: TrackingPageProps) {
  const [order, setOrder] = useState("");
  const [email, setEmail] = useState("");
  const [tracking, setTracking] = useState(initialTracking);
  const [state, setState] = useState<PageState>({ kind: "idle" });
  const results = useRef<HTMLDivElement>(null);
  const orderInput = useRef<HTMLInputElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const errorId = `${idPrefix}-error`;

  async function search(input: { order: string; email: string; tracking: string }) {
    const check = checkQuery(input, signedIn);
    if (!check.ok) {
      setState({ kind: "invalid", field: check.field, message: strings[check.reason] });
      (check.field === "order" ? orderInput : emailInput).current?.focus();
      return;
    }
    setState({ kind: "busy" });
    const result = await lookupTracking(lookupUrl(endpoint, check.query, locale, shopperTimeZone()));
    setState(result.kind === "ready" ? { kind: "ready", view: result.view } : { kind: "failed", message: failureMessage(result, strings) });
  }

  useEffect(() => {
    if (initialTracking) void search({ order: "", email: "", tracking: initialTracking });
  }, []);

  useEffect(() => {
    if (state.kind === "ready") results.current?.focus();
  }, [state]);

  const busy = state.kind === "busy";
  const invalid = state.kind === "invalid" ? state.field : null;
  const message = state.kind === "invalid" || state.kind === "failed" ? state.message : null;
  const field = (name: "order" | "email") => ({
    "aria-invalid": invalid === name ? true : undefined,
    "aria-describedby": invalid === name ? errorId : undefined,
  });

  return (
    <div class="pl-app">
      <form
        class="pl-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void search({ order, email, tracking });
        }}
      >
        <fieldset>
          <legend>{signedIn ? strings.orderLegendSignedIn : strings.orderLegend}</legend>
          <label>
            {strings.orderNumber}
            <input ref={orderInput} name="order" autocomplete="off" value={order} onInput={(e) => setOrder(e.currentTarget.value)} {...field("order")} />
          </label>
          {!signedIn && (
            <label>
              {strings.email}
              <input ref={emailInput} name="email" type="email" autocomplete="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} {...field("email")} />
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>{strings.trackingLegend}</legend>
          <label>
            {strings.trackingNumber}
            <input name="tracking" autocomplete="off" autocapitalize="characters" spellcheck={false} value={tracking} onInput={(e) => setTracking(e.currentTarget.value)} />
          </label>
        </fieldset>
        <button type="submit" class="pl-submit" aria-disabled={busy ? "true" : undefined}>
          {strings.submit}
        </button>
        <p class="pl-status" role="status">
          {busy ? strings.searching : ""}
        </p>
        {message && (
          <p id={errorId} class="pl-error" role="alert">
            {message}
          </p>
        )}
      </form>
      {state.kind === "ready" && (
        <div ref={results} class="pl-results" tabIndex={-1} lang={state.view.locale}>
          <TrackingViewContent view={state.view} title={state.view.order.name ? fillLabel(strings.orderName, { name: state.view.order.name }) : undefined} />
        </div>
      )}
    </div>
  );
}
