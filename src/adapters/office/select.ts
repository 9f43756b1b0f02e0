/**
 * Shows a cell: activates its sheet and selects it (one sync). Used when the user clicks a
 * finding in the pane.
 * @param context the request context of the running `Excel.run`
 * @param sheet the sheet's name
 * @param address an A1 address on that sheet, e.g. "C5"
 * @throws what Excel throws (ItemNotFound when the sheet is gone); `runExcel` explains it
 * @example await runExcel((context) => selectCell(context, "Program", "C5"));
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}
