import putOnEveryPath from "./put-on-every-path.js";

export const rules = {
  "put-on-every-path": putOnEveryPath,
};
