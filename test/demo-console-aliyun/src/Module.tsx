/** @jsxImportSource react */
/** Aliyun's block around a group of form items: `.module-item-wrap` titled by `.module-title-item .info-name span`. */
import type { ReactNode } from 'react';

export function Module({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="module-item-wrap">
      <div className="module-title-item">
        <span className="info-name">
          <span>{title}</span>
        </span>
      </div>
      {children}
    </div>
  );
}
