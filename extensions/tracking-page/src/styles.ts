// The tracking page's styles, injected once by the island. Colours come from the block's settings
// as CSS variables (--pl-heading, --pl-text, --pl-accent, --pl-bg); banners, badges and errors
// keep fixed light backgrounds with dark text so they stay readable on any theme.
export const STYLES = `
.porchlight-track{color:var(--pl-text,#303030);background:var(--pl-bg,#fff);padding:1.5rem;border-radius:.75rem;max-width:42rem;margin:0 auto;font-size:1rem;line-height:1.5}
.porchlight-track *{box-sizing:border-box}
.porchlight-track__heading,.porchlight-track .pl-heading{color:var(--pl-heading,#1a1a1a);margin:0 0 .5rem;line-height:1.25}
.porchlight-track__heading{font-size:1.75rem}
.porchlight-track h3.pl-heading{font-size:1.25rem}.porchlight-track h4.pl-heading,.porchlight-track h5.pl-heading{font-size:1.0625rem}
.porchlight-track .pl-form{display:grid;gap:1rem;margin-bottom:1.5rem}
.porchlight-track fieldset{border:1px solid #8a8a8a;border-radius:.5rem;padding:1rem;margin:0;display:grid;gap:.75rem}
.porchlight-track legend{font-weight:600;padding:0 .25rem}
.porchlight-track label{display:grid;gap:.25rem;font-weight:500}
.porchlight-track input{font:inherit;color:inherit;background:var(--pl-bg,#fff);border:1px solid #767676;border-radius:.375rem;padding:.625rem .75rem;min-height:2.75rem;width:100%}
.porchlight-track input[aria-invalid=true]{border-color:#b3261e;border-width:2px}
.porchlight-track .pl-submit{font:inherit;font-weight:600;cursor:pointer;border:0;border-radius:.5rem;padding:.75rem 1.5rem;min-height:2.75rem;background:var(--pl-accent,#005bd3);color:var(--pl-on-accent,#fff);justify-self:start}
.porchlight-track .pl-submit[aria-disabled=true]{cursor:progress;opacity:.85}
.porchlight-track :focus-visible{outline:3px solid var(--pl-accent,#005bd3);outline-offset:2px}
.porchlight-track [tabindex="-1"]:focus{outline:none}
.porchlight-track .pl-error{background:#fff4f4;color:#8e0b21;border:1px solid #e0b3b2;border-radius:.5rem;padding:.75rem 1rem;margin:0}
.porchlight-track .pl-status:empty{display:none}
.porchlight-track .pl-section{display:grid;gap:.75rem}
.porchlight-track .pl-section .pl-section{margin-top:.5rem}
.porchlight-track .pl-stack{display:flex;flex-direction:column}
.porchlight-track .pl-inline{flex-direction:row;flex-wrap:wrap;align-items:center}
.porchlight-track .pl-gap-tight{gap:.375rem}.porchlight-track .pl-gap-base{gap:.75rem}.porchlight-track .pl-gap-loose{gap:1.5rem}
.porchlight-track .pl-p{margin:0}
.porchlight-track .pl-small{font-size:.875rem}
.porchlight-track .pl-badge{display:inline-block;border-radius:1rem;padding:.125rem .625rem;font-size:.875rem;font-weight:600;background:#e3e3e3;color:#1a1a1a}
.porchlight-track .pl-badge--critical{background:#fedad9;color:#8e0b21}
.porchlight-track .pl-banner{border-radius:.5rem;padding:.75rem 1rem;border:1px solid;color:#1a1a1a;display:grid;gap:.375rem}
.porchlight-track .pl-banner .pl-link{color:#1a1a1a}
.porchlight-track .pl-banner__title{margin:0}
.porchlight-track .pl-banner--info{background:#eaf4ff;border-color:#7fb4f5}
.porchlight-track .pl-banner--success{background:#f1f8f5;border-color:#7fc8a9}
.porchlight-track .pl-banner--warning{background:#fff5ea;border-color:#e5b25d}
.porchlight-track .pl-banner--critical{background:#fff4f4;border-color:#e0a09e}
.porchlight-track .pl-progress{height:.5rem;border-radius:.25rem;background:#e3e3e3;overflow:hidden}
.porchlight-track .pl-progress__fill{height:100%;background:var(--pl-accent,#005bd3)}
.porchlight-track .pl-link{color:inherit;text-decoration:underline;text-underline-offset:.15em;font-weight:600}
.porchlight-track .pl-button{font:inherit;cursor:pointer;border-radius:.5rem;padding:.5rem 1rem;min-height:2.75rem;background:transparent;color:inherit;border:1px solid currentColor;align-self:flex-start}
.porchlight-track .pl-divider{border:0;border-top:1px solid #c9c9c9;margin:0;width:100%}
.porchlight-track .pl-timeline{margin:0;padding:0 0 0 1.25rem;display:grid;gap:.75rem;list-style:disc}
.porchlight-track .pl-results{display:grid;gap:.75rem}
`;
