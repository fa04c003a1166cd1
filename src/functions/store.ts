/**
 * The functions bundle carries the embedded data snapshot and provides it to the shared runtime state,
 * so the taskpane (same page, loaded after functions.js) uses the same store without bundling it again.
 */
import { embeddedStore } from "../core/data/snapshot";
import { getStore, provideEmbeddedStore } from "../shared/state";

provideEmbeddedStore(embeddedStore);

export { getStore };
