import getBeforeHandoff from "./get-before-handoff.js";
import putOnEveryPath from "./put-on-every-path.js";

export const rules = {
  "get-before-handoff": getBeforeHandoff,
  "put-on-every-path": putOnEveryPath,
};
