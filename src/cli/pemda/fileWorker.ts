import { parentPort } from "node:worker_threads";
import { checkOneFile, type FileJob } from "./checkOneFile";

/*
 * A worker thread of the batch pool (SPEC §9, §11): it reads and checks one file per message
 * and sends back the findings and the compact summary, never the ExcelJS workbook.
 */
parentPort?.on("message", (job: FileJob) => {
  void checkOneFile(job).then((result) => parentPort?.postMessage(result));
});
