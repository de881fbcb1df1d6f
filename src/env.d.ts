declare namespace App {
  interface Locals {
    /** What the page shows, set by src/middleware.ts for every page; read it with routeData(Astro) (src/data/route.ts). */
    route?: import('./data/route').RouteData;
  }
}
