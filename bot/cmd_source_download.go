package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// errDownload marks an attachment that could not be fetched; its message
// is shown to the moderator.
var errDownload = errors.New("download refused")

// allowedAttachmentURL accepts only https URLs on the configured hosts;
// plain http only for a configured loopback address (a test server).
func allowedAttachmentURL(raw string, hosts []string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("%w: the attachment has no usable address", errDownload)
	}
	host := strings.ToLower(u.Hostname())
	if !slices.ContainsFunc(hosts, func(h string) bool { return strings.EqualFold(h, host) || strings.EqualFold(h, u.Host) }) {
		return nil, fmt.Errorf("%w: attachments are accepted only from %s, not from %s", errDownload, strings.Join(hosts, ", "), host)
	}
	switch u.Scheme {
	case "https":
	case "http":
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			return nil, fmt.Errorf("%w: attachments must be fetched over https", errDownload)
		}
	default:
		return nil, fmt.Errorf("%w: attachments must be fetched over https", errDownload)
	}
	return u, nil
}

// download fetches an attachment from an allowed host, reading at most
// max bytes (a larger file is refused without reading the rest). Redirects
// are followed only to allowed hosts.
func (m *moderation) download(ctx context.Context, raw string, max int64) ([]byte, error) {
	u, err := allowedAttachmentURL(raw, m.opts.AttachmentHosts)
	if err != nil {
		return nil, err
	}
	client := *m.opts.HTTPClient
	client.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		if len(via) >= 3 {
			return fmt.Errorf("%w: too many redirects", errDownload)
		}
		_, err := allowedAttachmentURL(r.URL.String(), m.opts.AttachmentHosts)
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("bot: download attachment: %w", err)
	}
	resp, err := client.Do(req)
	if err != nil {
		if errors.Is(err, errDownload) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: the attachment could not be fetched (%v)", errDownload, errors.Unwrap(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: fetching the attachment gave HTTP %d", errDownload, resp.StatusCode)
	}
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%w: the file is %d bytes; the limit is %d", errDownload, resp.ContentLength, max)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading the attachment failed (%v)", errDownload, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: the file is larger than the limit of %d bytes", errDownload, max)
	}
	return data, nil
}
