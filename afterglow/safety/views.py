from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


@login_not_required
def crisis(request: HttpRequest) -> HttpResponse:
    """Every way to reach help now. Open to everyone, signed in or not."""
    return render(request, "safety/crisis.html")
