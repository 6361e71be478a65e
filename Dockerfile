# talksbot container image: a static binary on an empty base, run as a
# non-root user, with the data directory (index, and the articles when no
# corpus folder is mounted) as a volume. The only network the build uses
# is the Go module download. docs/deploy.md says how to build and run it.
#
#   docker build --build-arg VERSION=v1.0.0 --build-arg COMMIT=$(git rev-parse --short HEAD) -t talksbot .
#   docker run -e TALKSBOT_DISCORD_TOKEN -v talksbot-data:/var/lib/talksbot talksbot

ARG GO_IMAGE=golang:1.26-bookworm

FROM ${GO_IMAGE} AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOFLAGS=-buildvcs=false
# Modules first, so that a source change does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=(devel)
ARG COMMIT=unknown
RUN go build -trimpath -ldflags "-s -w -X main.version=${VERSION} -X main.commit=${COMMIT}" \
        -o /rootfs/talksbot ./cmd/talksbot \
 && mkdir -p /rootfs/etc/ssl/certs /rootfs/tmp /rootfs/var/lib /data \
 && cp /etc/ssl/certs/ca-certificates.crt /rootfs/etc/ssl/certs/ \
 && chmod 1777 /rootfs/tmp \
 && printf 'talksbot:x:65532:65532:talksbot:/var/lib/talksbot:/sbin/nologin\n' > /rootfs/etc/passwd \
 && printf 'talksbot:x:65532:\n' > /rootfs/etc/group \
 && chown 65532:65532 /data

FROM scratch
COPY --from=build /rootfs/ /
# The data directory, owned by the user the bot runs as (a volume mounted
# there starts with this owner).
COPY --from=build --chown=65532:65532 /data /var/lib/talksbot
USER 65532:65532
ENV HOME=/var/lib/talksbot \
    TALKSBOT_DATA_DIR=/var/lib/talksbot
VOLUME ["/var/lib/talksbot"]
# http.listen, when set (TALKSBOT_HTTP_LISTEN=:8080): interactions,
# /metrics, /healthz, /readyz.
EXPOSE 8080
ENTRYPOINT ["/talksbot"]
CMD ["serve", "--watch"]
