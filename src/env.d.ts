declare namespace App {
  interface Locals {
    /** The moment the page tells of (an event's time), so people named in it show their role then. */
    moment?: number;
    /** Source ids in the order the page cites them, for citation numbers. */
    citations?: string[];
    /** Pages already explained in place on this page (by link), so later mentions stay plain links. */
    explained?: Set<string>;
  }
}
