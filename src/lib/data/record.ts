/**
 * What the public record says about some of its sources as a whole (public-figures-2.md § 9 and
 * § 11), by source id: the charts that draw their figures say so.
 */

/** Pages a later check of the record could not find again: their figures are shown, marked
 * "not re-checked" (§ 11: the vtrlogistics.com.vn page of rows T28–T32 and X1–X6). */
export const notRechecked: ReadonlySet<string> = new Set(['vtrlogistics-2017']);

/** Articles whose export/import split has the two directions swapped (conflict C24): their
 * turnover is charted, their split is not. */
export const swappedDirections: ReadonlySet<string> = new Set(['congnghieptieudung-2022-08']);
