from afterglow.testing import urlgate


def test_the_gate_knows_every_route_of_ours():
    routes = urlgate.own_routes()
    assert {
        "",
        "today/",
        "accounts/login/",
        "caseload/<uuid:patient_id>/",
        "crisis/",
        "admin/login/",
    } <= routes
    assert "admin/auth/group/" not in routes


def test_the_gate_reports_a_route_no_test_requested(monkeypatch):
    monkeypatch.setattr(urlgate, "SEEN", urlgate.own_routes() - {"crisis/"})
    assert urlgate.missing_routes() == ["crisis/"]
