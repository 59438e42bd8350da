import { render } from 'preact';
import '../../assets/ui/panel.css';
import '../../assets/ui/print.css';
import { PanelApp } from '../../components/panel/panel-app';

// The rule set (for titles and coverage) loads in its own chunk after the first paint.
const loadCatalog = () => import('../../components/panel/catalog').then((module) => module.loadCatalog());

render(<PanelApp loadCatalog={loadCatalog} />, document.getElementById('app')!);
