import { Badge } from "@shopify/polaris";
import { milestoneLabel } from "./labels";

type Tone = "success" | "info" | "attention" | "warning" | "critical" | undefined;

const TONES: Record<string, Tone> = {
  delivered: "success",
  out_for_delivery: "info",
  available_for_pickup: "info",
  failed_attempt: "warning",
  exception: "critical",
  returning: "attention",
  returned: "attention",
  expired: "warning",
};

export function MilestoneBadge({ milestone }: { milestone: string }) {
  return <Badge tone={TONES[milestone]}>{milestoneLabel(milestone)}</Badge>;
}
