export { BANJARNEGARA } from "./banjarnegara";
export { CONTOH_BAGIAN_ORGANISASI, CONTOH_DINKES, CONTOH_RPD } from "./contohOpd";
export { EMPTY_TEMPLATE } from "./emptyTemplate";
