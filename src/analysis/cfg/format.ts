// A readable dump of a CFG, for tests and debugging: one line per node with its edges.
import type { Cfg, CfgNode } from "./types.js";

export function formatCfg(cfg: Cfg, text: string): string {
  return cfg.nodes.map((node) => `${node.id} ${describe(node, text)} -> ${edges(node)}`).join("\n");
}

function describe(node: CfgNode, text: string): string {
  const source = node.ast ? JSON.stringify(text.slice(node.ast.range[0], node.ast.range[1]).slice(0, 40)) : "";
  switch (node.kind) {
    case "step":
      return `step ${source} [${node.events.map((e) => e.t).join(",")}]`;
    case "scopeExit":
      return `scopeExit${node.functionExit ? "(function)" : ""} ${node.fallThrough} [${node.vars.join(",")}]`;
    default:
      return `${node.kind} ${source}`;
  }
}

function edges(node: CfgNode): string {
  return node.succ.map((e) => (e.kind === "normal" ? String(e.to) : `${e.kind}:${e.to}`)).join(" ");
}
