import getBeforeHandoff from "./get-before-handoff.js";
import lockLookupAndGet from "./lock-lookup-and-get.js";
import putOnEveryPath from "./put-on-every-path.js";

export const rules = {
  "get-before-handoff": getBeforeHandoff,
  "lock-lookup-and-get": lockLookupAndGet,
  "put-on-every-path": putOnEveryPath,
};
