// The floors' entry in the page: loaded by the bench next to the app, never by the app itself.
import { agreementFloor, loadDeskData, mergePreviewFloor, mergeWriteFloor } from './desk-floors';
import { diffFloor } from './diff-floor';
import { editFloor } from './edit-floor';
import { exportFloor } from './export-floor';
import { cursorFloor, getAllFloor, putFloor } from './idb-floors';
import { openFloor } from './open-floor';
import { spotFloor } from './spot-floor';
import { syncFloor } from './sync-floor';

/** What the bench calls in the page (`page.evaluate`) to time each step's floor. */
export const floors = {
  openFloor,
  getAllFloor,
  cursorFloor,
  putFloor,
  exportFloor,
  spotFloor,
  diffFloor,
  mergePreviewFloor,
  mergeWriteFloor,
  agreementFloor,
  loadDeskData,
  syncFloor,
  editFloor,
};

export type Floors = typeof floors;

declare global {
  interface Window {
    __benchFloors?: Floors;
  }
}

window.__benchFloors = floors;
