import { render } from 'preact';

render(<main>备案预检</main>, document.getElementById('app')!);
