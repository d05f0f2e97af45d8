// Looks of the stand-in Polaris components: Shopify's default (unbranded) checkout and
// customer-account styling, approximated, with text colours that meet WCAG AA on every background.
export const STANDIN_CSS = `
:host{display:block;font:inherit}
:host([hidden]){display:none}
:host(s-text),:host(s-link){display:inline}
:host(s-badge),:host(s-button),:host(s-spinner){display:inline-block}
*{box-sizing:border-box}
:focus-visible{outline:2px solid #005bd3;outline-offset:2px}
.section{display:grid;gap:12px}
.section > h2,.section > h3,.section > h4,.section > h5,.section > h6,.heading{margin:0;line-height:1.3;font-weight:650}
h2{font-size:1.25rem}h3{font-size:1.0625rem}h4,h5,h6{font-size:1rem}
.stack{display:flex;flex-direction:column}
.stack.inline{flex-direction:row;flex-wrap:wrap}
.box{display:block}
.box.subdued{background:#f7f7f7}
p{margin:0;line-height:1.5}
.subdued{color:#616161}
.small{font-size:.875rem}
strong,.strong{font-weight:650}
.badge{display:inline-block;border-radius:8px;padding:2px 8px;font-size:.8125rem;font-weight:550;background:#e3e3e3;color:#303030}
.badge.critical{background:#fedad9;color:#8e0b21}
.banner{border-radius:12px;padding:12px 16px;border:1px solid;display:grid;gap:6px}
.banner.info{background:#eaf4ff;border-color:#91c3f8}
.banner.success{background:#e8f8ef;border-color:#8fd1ad}
.banner.warning{background:#fff3e0;border-color:#f2c16b}
.banner.critical{background:#fee9e8;border-color:#f4a19c}
.banner .title{margin:0;font-weight:650}
.progress{height:8px;border-radius:4px;background:#e3e3e3;overflow:hidden}
.progress .fill{height:100%;background:#1a1a1a}
.progress.critical .fill{background:#c70a24}
.spinner{display:inline-block;width:20px;height:20px;border-radius:50%;border:3px solid #e3e3e3;border-top-color:#1a1a1a;animation:spin .8s linear infinite}
@keyframes spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.spinner{animation-duration:3s}}
a{color:#005bd3;text-decoration:underline;text-underline-offset:2px}
.banner a{color:#1a1a1a}
.button{font:inherit;font-weight:550;display:inline-flex;align-items:center;justify-content:center;min-height:40px;padding:8px 16px;border-radius:8px;cursor:pointer;text-decoration:none}
.button.secondary,.button.auto{background:#fff;color:#1a1a1a;border:1px solid #8a8a8a}
.button.primary{background:#1a1a1a;color:#fff;border:1px solid #1a1a1a}
.button[disabled]{cursor:not-allowed;opacity:.6}
hr{border:0;border-top:1px solid #d4d4d4;margin:0}
.list{display:grid;gap:12px;padding-left:4px}
.list-item{display:block;position:relative;padding-left:18px}
.list-item::before{content:"";position:absolute;left:0;top:.45em;width:8px;height:8px;border-radius:50%;background:#8a8a8a}
`;
