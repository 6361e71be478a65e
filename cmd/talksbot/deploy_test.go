package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/talksbot/talksbot/config"
)

// The deployment files under deploy/ and the Dockerfile are checked here
// with what runs without a cluster or a container engine: every manifest
// parses and hangs together (selectors, probes on /readyz and /healthz,
// named ports, volumes, non-root), every TALKSBOT_ variable they set is a
// setting talksbot accepts with the values given, and the systemd unit
// passes systemd-analyze verify where systemd-analyze is installed.
// docs/deploy.md says what else was run by hand.

const deployDir = "../../deploy"

// k8sDoc is one Kubernetes object, loosely typed.
type k8sDoc map[string]any

func (d k8sDoc) str(path ...string) string {
	v, _ := dig(map[string]any(d), path...).(string)
	return v
}

func dig(v any, path ...string) any {
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[p]
	}
	return v
}

func list(v any) []any { l, _ := v.([]any); return l }

func readManifests(t *testing.T) map[string][]k8sDoc {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(deployDir, "kubernetes", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests: %v", err)
	}
	out := map[string][]k8sDoc{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(b))
		for {
			// A plain map, so that nested objects decode as plain maps too.
			var d map[string]any
			err := dec.Decode(&d)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if d != nil {
				out[filepath.Base(f)] = append(out[filepath.Base(f)], k8sDoc(d))
			}
		}
	}
	return out
}

func TestKubernetesManifests(t *testing.T) {
	files := readManifests(t)
	var all []k8sDoc
	for name, docs := range files {
		if name == "kustomization.yaml" {
			continue
		}
		all = append(all, docs...)
	}
	// The kustomization lists exactly the other files.
	var listed []string
	for _, r := range list(files["kustomization.yaml"][0]["resources"]) {
		listed = append(listed, r.(string))
	}
	var present []string
	for name := range files {
		if name != "kustomization.yaml" {
			present = append(present, name)
		}
	}
	slices.Sort(listed)
	slices.Sort(present)
	if !slices.Equal(listed, present) {
		t.Errorf("kustomization lists %v, the folder has %v", listed, present)
	}

	byKind := map[string][]k8sDoc{}
	names := map[string]bool{}
	for _, d := range all {
		kind, name := d.str("kind"), d.str("metadata", "name")
		if d.str("apiVersion") == "" || kind == "" || name == "" {
			t.Errorf("an object without apiVersion, kind or name: %v", d)
		}
		if names[kind+"/"+name] {
			t.Errorf("%s/%s twice", kind, name)
		}
		names[kind+"/"+name] = true
		byKind[kind] = append(byKind[kind], d)
	}
	for _, want := range []string{"Deployment/talksbot-http", "StatefulSet/talksbot-gateway", "Service/talksbot-http",
		"Service/talksbot-gateway", "ConfigMap/talksbot", "PersistentVolumeClaim/talksbot-articles"} {
		if !names[want] {
			t.Errorf("no %s", want)
		}
	}
	configMaps := map[string]map[string]any{}
	for _, cm := range byKind["ConfigMap"] {
		data, _ := cm["data"].(map[string]any)
		configMaps[cm.str("metadata", "name")] = data
	}
	workloads := append(append([]k8sDoc{}, byKind["Deployment"]...), byKind["StatefulSet"]...)
	for _, w := range workloads {
		name := w.str("kind") + "/" + w.str("metadata", "name")
		t.Run(name, func(t *testing.T) { checkWorkload(t, w, configMaps, byKind) })
	}
	// Each Service selects the pods of a workload, on ports they name.
	for _, svc := range byKind["Service"] {
		sel, _ := dig(map[string]any(svc), "spec", "selector").(map[string]any)
		var match k8sDoc
		for _, w := range workloads {
			labels, _ := dig(map[string]any(w), "spec", "template", "metadata", "labels").(map[string]any)
			if subset(sel, labels) {
				match = w
			}
		}
		if match == nil {
			t.Errorf("Service %s selects no pods", svc.str("metadata", "name"))
			continue
		}
		ports := containerPorts(match)
		for _, p := range list(dig(map[string]any(svc), "spec", "ports")) {
			if tp, ok := dig(p, "targetPort").(string); ok && !ports[tp] {
				t.Errorf("Service %s targets port %q, which %s does not name", svc.str("metadata", "name"), tp, match.str("metadata", "name"))
			}
		}
	}
}

func subset(sel, labels map[string]any) bool {
	if len(sel) == 0 {
		return false
	}
	for k, v := range sel {
		if labels[k] != v {
			return false
		}
	}
	return true
}

func containerPorts(w k8sDoc) map[string]bool {
	ports := map[string]bool{}
	for _, c := range list(dig(map[string]any(w), "spec", "template", "spec", "containers")) {
		for _, p := range list(dig(c, "ports")) {
			if n, ok := dig(p, "name").(string); ok {
				ports[n] = true
			}
		}
	}
	return ports
}

func checkWorkload(t *testing.T, w k8sDoc, configMaps map[string]map[string]any, byKind map[string][]k8sDoc) {
	spec := map[string]any(w)["spec"]
	sel, _ := dig(spec, "selector", "matchLabels").(map[string]any)
	labels, _ := dig(spec, "template", "metadata", "labels").(map[string]any)
	if !subset(sel, labels) {
		t.Errorf("selector %v does not match the pod labels %v", sel, labels)
	}
	pod := dig(spec, "template", "spec")
	if dig(pod, "securityContext", "runAsNonRoot") != true {
		t.Error("pods may run as root")
	}
	volumes := map[string]bool{}
	for _, v := range list(dig(pod, "volumes")) {
		volumes[dig(v, "name").(string)] = true
	}
	for _, v := range list(dig(spec, "volumeClaimTemplates")) {
		volumes[dig(v, "metadata", "name").(string)] = true
	}
	containers := list(dig(pod, "containers"))
	if len(containers) != 1 {
		t.Fatalf("%d containers, want 1", len(containers))
	}
	c := containers[0]
	ports := containerPorts(w)
	for probe, path := range map[string]string{"readinessProbe": "/readyz", "livenessProbe": "/healthz"} {
		if got := dig(c, probe, "httpGet", "path"); got != path {
			t.Errorf("%s on %v, want %s", probe, got, path)
		}
		if port, _ := dig(c, probe, "httpGet", "port").(string); !ports[port] {
			t.Errorf("%s on port %q, which the container does not name", probe, port)
		}
	}
	if dig(c, "securityContext", "allowPrivilegeEscalation") != false || dig(c, "securityContext", "readOnlyRootFilesystem") != true {
		t.Error("the container may escalate privileges or write its root filesystem")
	}
	mounts := map[string]bool{}
	for _, m := range list(dig(c, "volumeMounts")) {
		name := dig(m, "name").(string)
		mounts[dig(m, "mountPath").(string)] = true
		if !volumes[name] {
			t.Errorf("mounts volume %q, which the pod does not have", name)
		}
	}
	if !mounts["/tmp"] {
		t.Error("no writable /tmp on a read-only root filesystem")
	}

	// The environment: the ConfigMaps, then the container's own values.
	env := map[string]string{}
	for _, from := range list(dig(c, "envFrom")) {
		name, _ := dig(from, "configMapRef", "name").(string)
		data, ok := configMaps[name]
		if !ok {
			t.Errorf("envFrom names ConfigMap %q, which is not here", name)
		}
		for k, v := range data {
			env[k] = v.(string)
		}
	}
	valueFrom := map[string]any{}
	for _, e := range list(dig(c, "env")) {
		name := dig(e, "name").(string)
		if v, ok := dig(e, "value").(string); ok {
			env[name] = v
		} else {
			valueFrom[name] = dig(e, "valueFrom")
		}
	}
	if _, ok := valueFrom["TALKSBOT_DISCORD_TOKEN"]; !ok || dig(valueFrom["TALKSBOT_DISCORD_TOKEN"], "secretKeyRef") == nil {
		t.Error("the token does not come from a Secret")
	}
	args := list(dig(c, "args"))
	if len(args) == 0 || args[0] != "serve" {
		t.Fatalf("args %v, want serve …", args)
	}
	for i, a := range args {
		if a == "--mode" && i+1 < len(args) {
			env["TALKSBOT_DISCORD_MODE"] = args[i+1].(string)
		}
	}
	switch w.str("kind") {
	case "StatefulSet":
		svc := w.str("spec", "serviceName")
		headless := false
		for _, s := range byKind["Service"] {
			headless = headless || (s.str("metadata", "name") == svc && s.str("spec", "clusterIP") == "None")
		}
		if !headless {
			t.Errorf("serviceName %q is not a headless Service here", svc)
		}
		replicas, _ := dig(spec, "replicas").(int)
		if env["TALKSBOT_DISCORD_SHARD_COUNT"] != strconv.Itoa(replicas) {
			t.Errorf("%s shards over %d replicas", env["TALKSBOT_DISCORD_SHARD_COUNT"], replicas)
		}
		if dig(valueFrom["TALKSBOT_DISCORD_SHARD_ID"], "fieldRef", "fieldPath") != "metadata.labels['apps.kubernetes.io/pod-index']" {
			t.Error("the shard id does not come from the pod's index")
		}
		env["TALKSBOT_DISCORD_SHARD_ID"] = "1"
	case "Deployment":
		if env["TALKSBOT_DISCORD_MODE"] != "http" || env["TALKSBOT_HTTP_LISTEN"] == "" {
			t.Error("the Deployment's replicas do not serve HTTP interactions")
		}
	}
	if env["TALKSBOT_DISCORD_PUBLIC_KEY"] == "" {
		env["TALKSBOT_DISCORD_PUBLIC_KEY"] = strings.Repeat("ab", 32) // the operator's to fill in
	}
	env["TALKSBOT_DISCORD_TOKEN"] = "token-from-the-secret"
	checkEnv(t, env)
}

// checkEnv loads the configuration from env alone, as the process would:
// every variable must be a setting, every value valid.
func checkEnv(t *testing.T, env map[string]string) {
	t.Helper()
	var list []string
	for k, v := range env {
		list = append(list, k+"="+v)
	}
	cfg, err := config.Load(config.Options{Environ: list, SearchPaths: []string{}})
	if err != nil {
		t.Errorf("talksbot would refuse this environment: %v", err)
		return
	}
	for _, w := range cfg.Warnings {
		t.Errorf("config warning: %s", w)
	}
}

var envLine = regexp.MustCompile(`(?m)^\s*(?:Environment=|ENV\s+|\s+)(TALKSBOT_[A-Z_]+)=(\S+)`)

func TestDockerfile(t *testing.T) {
	b, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	stages := regexp.MustCompile(`(?m)^FROM\s+(\S+)`).FindAllStringSubmatch(text, -1)
	if len(stages) < 2 || stages[len(stages)-1][1] != "scratch" {
		t.Errorf("the image is not a static binary on an empty base: stages %v", stages)
	}
	for _, want := range []string{"CGO_ENABLED=0", "USER 65532:65532", `VOLUME ["/var/lib/talksbot"]`, "TALKSBOT_DATA_DIR=/var/lib/talksbot",
		"-X main.version=${VERSION}", "-X main.commit=${COMMIT}", `ENTRYPOINT ["/talksbot"]`, "--chown=65532:65532", "ca-certificates.crt"} {
		if !strings.Contains(text, want) {
			t.Errorf("Dockerfile lacks %s", want)
		}
	}
	if strings.Contains(text, "TALKSBOT_DISCORD_TOKEN=") {
		t.Error("a token in the image")
	}
	env := map[string]string{"TALKSBOT_DISCORD_TOKEN": "x"}
	for _, m := range envLine.FindAllStringSubmatch(text, -1) {
		env[m[1]] = m[2]
	}
	if len(env) < 2 {
		t.Error("no TALKSBOT_ settings found in the Dockerfile")
	}
	checkEnv(t, env)
}

func TestSystemdUnit(t *testing.T) {
	unit, err := os.ReadFile(filepath.Join(deployDir, "talksbot.service"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(unit)
	for _, want := range []string{"DynamicUser=yes", "StateDirectory=talksbot", "ReadWritePaths=/var/lib/talksbot", "Restart=on-failure",
		"ExecStart=/usr/local/bin/talksbot serve", "NoNewPrivileges=yes", "ProtectSystem=strict", "LoadCredential=token:",
		"TALKSBOT_DISCORD_TOKEN_FILE=%d/token"} {
		if !strings.Contains(text, want) {
			t.Errorf("the unit lacks %s", want)
		}
	}
	env := map[string]string{}
	for _, m := range envLine.FindAllStringSubmatch(text, -1) {
		if !strings.HasPrefix(strings.TrimSpace(m[0]), "#") {
			env[m[1]] = m[2]
		}
	}
	delete(env, "TALKSBOT_DISCORD_TOKEN_FILE") // %d is systemd's
	env["TALKSBOT_DISCORD_TOKEN"] = "x"
	checkEnv(t, env)

	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil || testing.Short() {
		t.Skip("systemd-analyze is not installed (apt-get install systemd); the unit's directives were checked by hand")
	}
	// verify wants ExecStart's binary to exist: build it and point a copy
	// of the unit at it.
	bin := filepath.Join(t.TempDir(), "talksbot")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	copyPath := filepath.Join(t.TempDir(), "talksbot.service")
	if err := os.WriteFile(copyPath, []byte(strings.ReplaceAll(text, "/usr/local/bin/talksbot", bin)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(analyze, "verify", copyPath).CombinedOutput()
	// verify exits 0 on unknown keys, only saying so: any output fails.
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}
