import { render } from 'preact';
import '../../assets/ui/panel.css';
import '../../assets/ui/print.css';
import { PanelApp } from '../../components/panel/panel-app';
import { openPanelSource } from '../../components/panel/panel-source';

// The rule catalogue (coverage, titles of switched-off rules) is a chunk of its own, loaded only when wanted.
const loadCatalog = () => import('../../components/panel/catalog').then((module) => module.loadCatalog());

/** At most this long the first paint waits for the tab's state, then it shows "reading…" instead. */
const FIRST_PAINT_WAIT_MS = 300;

// The tab, its state and the settings are asked for at once, in one round trip; the first
// paint shows them rather than a "reading…" that a second render replaces.
const source = openPanelSource();
const paint = () => render(<PanelApp source={source} loadCatalog={loadCatalog} />, document.getElementById('app')!);
void Promise.race([source.ready, new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]).then(paint, paint);
