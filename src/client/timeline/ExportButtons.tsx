import React, { useState } from 'react'
import { downloadFile, failureText } from '../shared/api'
import { exportUrl } from '../shared/view-model'
import type { TimelineFilterState } from '../shared/view-model'

/**
 * Export of the events the list shows (same filters, every page, oldest first). The file is fetched before it
 * is saved, so a refused export (over the row limit, say) shows the server's message here.
 */
export function ExportButtons({ accountId, filters, timeZone }: { accountId: string; filters: TimelineFilterState; timeZone: string }) {
    const [status, setStatus] = useState<{ busy: boolean; message: string; failed: boolean }>({ busy: false, message: '', failed: false })
    const run = (format: 'csv' | 'json') => {
        setStatus({ busy: true, message: `Exporting ${format.toUpperCase()}…`, failed: false })
        downloadFile(exportUrl(accountId, filters, format, timeZone), `account-timeline.${format}`).then(
            (name) => setStatus({ busy: false, message: `Saved ${name}`, failed: false }),
            (error) => setStatus({ busy: false, message: `Could not export: ${failureText(error)}`, failed: true }),
        )
    }
    return (
        <div className="row export-links">
            <span className="muted">Export these events:</span>
            <button type="button" className="small" disabled={status.busy} onClick={() => run('csv')} data-testid="export-csv">
                CSV
            </button>
            <button type="button" className="small" disabled={status.busy} onClick={() => run('json')} data-testid="export-json">
                JSON
            </button>
            <span role="status" data-testid="export-status" className={status.failed ? 'error-text' : 'muted'}>
                {status.message}
            </span>
        </div>
    )
}
