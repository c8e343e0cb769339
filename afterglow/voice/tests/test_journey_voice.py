"""The moments around a session in a real browser with a fake microphone: an intention the
day before, shown back after the session; a 5-second voice note that survives a lost
connection mid-upload, found in the journal, shared, and played by the therapist."""

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.audit.models import AuditEvent
from afterglow.testing.browser import CHROMIUM_ARGS, DESKTOP, PHONE, _chromium_path, watch
from afterglow.testing.people import make_people
from afterglow.testing.treatments import scheduled_session
from afterglow.treatments.models import SessionStatus
from afterglow.voice import store
from afterglow.voice.models import VoiceChunk, VoiceNote

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DAY_BEFORE = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # 11 a.m. in Chicago
STARTS = DAY_BEFORE + timedelta(hours=22)


def spoken_wav(folder: Any) -> str:
    """Six seconds of sound for the fake microphone, made now with sox (Debian's package)."""
    sox = shutil.which("sox")
    if sox is None:
        if os.environ.get("CI"):
            pytest.fail("sox is missing: .ci/run installs Debian's sox package")
        pytest.skip("sox is not installed (apt-get install sox)")
    path = str(folder / "voice.wav")
    subprocess.run(
        [sox, "-n", "-r", "48000", "-c", "1", path, "synth", "6", "sine", "220", "sine", "330"],
        check=True,
    )
    return path


@pytest.fixture
def microphone_browser(browser: Any, tmp_path: Any) -> Any:
    """A second Chromium from the harness's Playwright, with a fake microphone."""
    wav = spoken_wav(tmp_path)
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}",
        "--autoplay-policy=no-user-gesture-required",
    ]
    instance = browser.browser_type.launch(
        executable_path=_chromium_path(), headless=True, args=args
    )
    yield instance
    instance.close()


def new_page(browser: Any, viewport: dict[str, int], **options: Any) -> Any:
    context = browser.new_context(viewport=viewport, **options)
    context.grant_permissions(["microphone"])
    page = watch(context.new_page())
    page.set_default_timeout(15_000)
    return page


def test_intention_then_a_voice_note_that_survives_a_lost_connection(
    live_server, microphone_browser, time_machine, settings
):
    settings.AFTERGLOW_VOICE_UPLOAD_CHUNK = 8 * 1024  # several pieces for a 5-second note
    time_machine.move_to(DAY_BEFORE, tick=True)
    people = make_people()
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    session = scheduled_session(people.pat, starts=STARTS)
    base = live_server.url
    # The service worker (offline use) is kept out: Playwright cannot cut a request that a
    # service worker makes, and the offline journey tests the worker on its own.
    phone = new_page(
        microphone_browser, PHONE, is_mobile=True, has_touch=True, service_workers="block"
    )

    # The day before: an intention.
    patient_signs_in(phone, base, people.patient.email)
    phone.get_by_role("link", name="Set an intention").click()
    phone.get_by_label("Your intention for this session").fill("To understand my restlessness.")
    phone.get_by_role("button", name="Save my intention").click()
    phone.wait_for_url(f"{base}/today/")
    expect(phone.get_by_text("“To understand my restlessness.”")).to_be_visible()

    # After the session: the plan shows it back, and the patient records.
    session.status = SessionStatus.COMPLETED
    session.save()
    time_machine.move_to(session.ends_at + timedelta(hours=1), tick=True)
    patient_signs_in(phone, base, people.patient.email)
    expect(phone.get_by_text("You set out to: “To understand my restlessness.”")).to_be_visible()
    phone.get_by_role("link", name="Record").click()
    phone.wait_for_url(re.compile(r"/voice/record/"))

    dropped: list[str] = []

    def lose_the_second_piece_once(route: Any) -> None:
        if route.request.url.endswith("/chunks/1") and not dropped:
            dropped.append(route.request.url)
            route.abort("internetdisconnected")
        else:
            route.continue_()

    phone.route(re.compile(r"/voice/notes/.*/chunks/\d+$"), lose_the_second_piece_once)
    phone.get_by_role("button", name="Record").click()
    expect(phone.locator("#voice-timer")).to_have_text("0:03", timeout=10_000)
    phone.get_by_role("button", name="Pause").click()
    phone.get_by_role("button", name="Carry on").click()
    expect(phone.locator("#voice-timer")).to_have_text("0:05", timeout=10_000)
    phone.get_by_role("button", name="Stop and keep it").click()
    phone.wait_for_url(re.compile(r"/voice/notes/[0-9a-f-]+/$"), timeout=30_000)
    assert dropped, "the upload met a lost connection"

    note = VoiceNote.objects.get()
    chunks = list(VoiceChunk.objects.filter(note=note).order_by("index"))
    assert note.is_complete and note.chunk_count == len(chunks) >= 2
    assert 4_000 <= note.duration_ms <= 7_000 and note.audio_format in ("webm", "ogg")
    audio = b"".join(store.read(c) for c in chunks)
    assert len(audio) == note.size
    assert (
        phone.evaluate(
            "async () => (await (await fetch(document.getElementById('voice-player').src))"
            ".arrayBuffer()).byteLength"
        )
        == note.size
    )
    left = phone.evaluate(
        """() => new Promise((resolve) => {
          const open = indexedDB.open("afterglow-voice", 1);
          open.onsuccess = () => {
            const all = open.result.transaction("recordings").objectStore("recordings").getAll();
            all.onsuccess = () => resolve(all.result.length);
          };
        })"""
    )
    assert left == 0  # the browser's copy went once the server had all of it

    phone.get_by_role("button", name="Share with my care team").click()
    phone.get_by_text("Your care team can listen to this note.").wait_for()
    phone.goto(f"{base}/journal/")
    phone.get_by_role("heading", name="Voice notes").wait_for()
    phone.get_by_role("link", name=re.compile("Voice note of")).click()
    phone.wait_for_url(f"{base}/voice/notes/{note.pk}/")

    desktop = new_page(microphone_browser, DESKTOP)
    sign_in_with_code(desktop, base, people.clinician, device)
    desktop.goto(f"{base}/caseload/{people.pat.pk}/")
    desktop.get_by_role("heading", name="Voice notes they share").wait_for()
    player = desktop.locator("audio").first
    player.evaluate("el => { el.preload = 'auto'; el.load(); }")
    desktop.wait_for_function(
        "() => document.querySelector('audio').readyState >= 1", timeout=15_000
    )
    assert AuditEvent.objects.filter(actor=people.clinician, action="voice.play").exists()
