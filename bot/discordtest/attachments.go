package discordtest

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Attachment is a file a user attached, as Discord describes it. URL points
// at this server (like cdn.discordapp.com); a test may change any field, for
// example to claim a size or a host the bot should refuse.
type Attachment struct {
	ID, Filename, ContentType string
	Size                      int
	URL                       string
}

// AddAttachment stores a file the server serves (without authorization,
// like Discord's CDN) and returns its description, for an attachment
// option (Option.Value) or a message (UserMessage.Attachments).
func (s *Server) AddAttachment(filename, contentType string, data []byte) Attachment {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addAttachmentLocked(ChannelID, filename, contentType, data)
}

func (s *Server) addAttachmentLocked(channelID, filename, contentType string, data []byte) Attachment {
	id := s.ids.next()
	a := Attachment{
		ID: id, Filename: filename, ContentType: contentType, Size: len(data),
		URL: s.http.URL + "/attachments/" + channelID + "/" + id + "/" + filename,
	}
	s.attachments[id] = a
	s.files[id] = append([]byte(nil), data...)
	return a
}

// AttachmentHost is the host (with port) attachment URLs point at, for the
// bot's allowed attachment hosts.
func (s *Server) AttachmentHost() string { return strings.TrimPrefix(s.http.URL, "http://") }

func attachmentJSON(a Attachment) map[string]any {
	m := map[string]any{"id": a.ID, "filename": a.Filename, "size": a.Size, "url": a.URL, "proxy_url": a.URL}
	if a.ContentType != "" {
		m["content_type"] = a.ContentType
	}
	return m
}

// serveAttachment serves GET /attachments/{channel}/{id}/{filename} and
// records the download as a request with Route "GET /attachments".
func (s *Server) serveAttachment(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/attachments/"), "/")
	req := Request{Time: time.Now(), Method: r.Method, Path: r.URL.Path, Route: "GET /attachments", Query: r.URL.Query(), Header: r.Header.Clone()}
	req.Header.Del("Authorization")
	s.mu.Lock()
	var data []byte
	var a Attachment
	ok := false
	if len(parts) == 3 && r.Method == http.MethodGet {
		a, ok = s.attachments[parts[1]]
		data = s.files[parts[1]]
		ok = ok && a.Filename == parts[2]
	}
	if ok {
		req.Status = http.StatusOK
	} else {
		req.Status, req.Err = http.StatusNotFound, "no such attachment"
	}
	if f := s.takeFaultLocked(req.Route); f != nil {
		req.Status, req.Err, ok = f.status, "injected "+strconv.Itoa(f.status), false
	}
	s.requests = append(s.requests, req)
	s.notifyLocked()
	s.mu.Unlock()
	if !ok {
		http.Error(w, http.StatusText(req.Status), req.Status)
		return
	}
	if a.ContentType != "" {
		w.Header().Set("Content-Type", a.ContentType)
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	_, _ = w.Write(data)
}
