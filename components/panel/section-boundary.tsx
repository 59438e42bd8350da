/**
 * An error boundary around each panel section: the sections render text read from the
 * console page, and one that throws on it (a lone surrogate once made encodeURIComponent
 * throw in the video-check section) must not blank the whole panel. The failed section
 * shows a short note instead and is tried again with the tab's next state. Nothing of the
 * error is shown or logged: it may quote what the user typed.
 */
import { Component, type ComponentChildren } from 'preact';
import type { Lang } from '../../rules/engine/types';
import { t } from '../i18n';

export interface SectionProps {
  readonly lang: Lang;
  /** When it changes (the tab's state was updated), a failed section renders again. */
  readonly resetKey?: unknown;
  readonly children?: ComponentChildren;
}

export class Section extends Component<SectionProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: SectionProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    if (this.state.failed) return <p class="hint section-failed">{t(this.props.lang, 'app.sectionFailed')}</p>;
    return this.props.children;
  }
}
