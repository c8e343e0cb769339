import json
import struct

from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse

from afterglow.testing.people import assert_access, sign_in

SW = reverse("pwa:service_worker")
MANIFEST = reverse("pwa:manifest")
OFFLINE = reverse("pwa:offline")


def png_size(path: str) -> tuple[int, int]:
    with open(path, "rb") as png:
        head = png.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


def test_it_serves_the_service_worker_at_the_root_with_its_scope_and_no_caching(people):
    response = Client().get(SW)
    assert SW == "/sw.js"
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    script = response.content.decode()
    assert f'const OFFLINE_URL = "{OFFLINE}";' in script
    assert "afterglow/js/pwa.js" in script and "&quot;" not in script


def test_the_manifest_makes_the_app_installable(people):
    response = Client().get(MANIFEST)
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["display"] == "standalone" and manifest["start_url"] == "/"
    assert manifest["name"] == manifest["short_name"] == "Afterglow"
    assert manifest["theme_color"] and manifest["background_color"]
    sizes = {(icon["sizes"], icon.get("purpose", "any")) for icon in manifest["icons"]}
    assert sizes == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}


def test_the_icons_are_real_png_files_of_their_stated_size():
    for name, size in (
        ("icon-192.png", 192),
        ("icon-512.png", 512),
        ("maskable-512.png", 512),
        ("apple-touch-icon.png", 180),
    ):
        path = finders.find(f"afterglow/icons/{name}")
        assert path is not None
        assert png_size(str(path)) == (size, size)


def test_every_page_links_the_manifest_and_loads_the_app_script_without_inline_code(people):
    page = sign_in(Client(), people.patient).get("/today/").content.decode()
    assert f'<link rel="manifest" href="{MANIFEST}">' in page
    assert "afterglow/js/pwa.js" in page
    assert "<script>" not in page


def test_the_app_files_are_open_to_everyone(people):
    for url in (SW, MANIFEST, OFFLINE):
        assert_access(people, url, dict.fromkeys(_roles(), 200))


def test_the_offline_page_holds_the_crisis_numbers_and_nothing_of_a_person(people):
    page = Client().get(OFFLINE).content.decode()
    assert "988" in page and "741741" in page and "911" in page
    assert 'data-offline-user=""' in page


def test_the_account_page_offers_to_install_the_app(people):
    page = sign_in(Client(), people.patient).get(reverse("accounts:account")).content.decode()
    assert "data-install-button" in page and "Add to Home Screen" in page


def _roles():
    from afterglow.testing.people import ROLES

    return ROLES
