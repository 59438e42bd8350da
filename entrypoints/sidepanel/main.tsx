import { render } from 'preact';
import '../../assets/ui/panel.css';
import '../../assets/ui/print.css';
import { PanelApp } from '../../components/panel/panel-app';

render(<PanelApp />, document.getElementById('app')!);
