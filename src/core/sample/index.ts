export { BANJARNEGARA } from "./banjarnegara";
export { EMPTY_TEMPLATE } from "./emptyTemplate";
