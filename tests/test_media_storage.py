"""Uploads in an S3-compatible bucket: what a multi-host deployment does with S3_MEDIA_BUCKET set.

The bucket is a real S3 API on loopback (moto's server), so boto3, django-storages and Wagtail's
rendition code all run as they would against AWS, MinIO or R2.
"""

import json
import re
import socket
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer

from tests.conftest import make_image
from zebramedic.settings.environment import media_storage_from_env

BUCKET = "zebramedic-media"
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/media/*",
        }
    ],
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    # Made-up credentials: moto accepts any, and boto3 must not look for real ones.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("S3_MEDIA_BUCKET", BUCKET)
    monkeypatch.setenv("S3_ENDPOINT_URL", s3_endpoint)
    monkeypatch.setenv("S3_MEDIA_HTTPS", "false")
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    client.create_bucket(Bucket=BUCKET)
    # As docs/operations.md asks of a real bucket: anyone may read the media, only the site writes.
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))
    storage, media_url = media_storage_from_env()
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    settings.MEDIA_URL = media_url
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket_policy(Bucket=BUCKET)
    client.delete_bucket(Bucket=BUCKET)


def stored_keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def test_without_a_bucket_uploads_stay_on_this_hosts_disk(monkeypatch):
    monkeypatch.delenv("S3_MEDIA_BUCKET", raising=False)
    storage, media_url = media_storage_from_env()
    assert storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert media_url is None


def test_a_cdn_domain_in_front_of_the_bucket_serves_the_media(monkeypatch):
    monkeypatch.setenv("S3_MEDIA_BUCKET", BUCKET)
    monkeypatch.setenv("S3_MEDIA_DOMAIN", "media.zebramedic.org")
    monkeypatch.delenv("S3_MEDIA_HTTPS", raising=False)
    storage, media_url = media_storage_from_env()
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["custom_domain"] == "media.zebramedic.org"
    assert storage["OPTIONS"]["querystring_auth"] is False
    assert storage["OPTIONS"]["file_overwrite"] is False
    assert media_url == "https://media.zebramedic.org/media/"


def test_images_and_renditions_are_written_to_the_bucket_and_served_from_it(bucket, make_post, client, settings):
    cover = make_image("Cover in the bucket")
    post = make_post(featured_image=cover, featured_image_alt="A cover")
    assert f"media/{cover.file.name}" in stored_keys(bucket)

    page = client.get(post.url)

    assert page.status_code == 200
    html = page.content.decode()
    renditions = [key for key in stored_keys(bucket) if "/images/" in key]
    assert renditions, "rendering the post made no rendition in the bucket"
    for key in renditions:
        assert key in html, f"{key} is in the bucket but the page does not point at it"
    # The page's image address answers with the picture itself, straight from the bucket.
    address = re.search(r"https?://[^\s\"',]+" + re.escape(renditions[0]), html).group(0)
    assert address.startswith(settings.MEDIA_URL)
    with urllib.request.urlopen(address, timeout=10) as answer:
        assert answer.headers["Content-Type"].startswith("image/")
        assert answer.headers["Cache-Control"] == "public, max-age=86400"
        assert len(answer.read()) > 100


def test_two_uploads_with_one_name_keep_both_files(db, bucket):
    first = make_image("Same name")
    second = make_image("Same name", color=(200, 40, 40))
    assert first.file.name != second.file.name
    assert {f"media/{first.file.name}", f"media/{second.file.name}"} <= stored_keys(bucket)
