import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command


@pytest.mark.django_db
def test_creates_one_admin_with_a_random_password_printed_once(capsys):
    call_command("ensure_admin")
    first = capsys.readouterr().out
    user = get_user_model().objects.get(username="admin")
    password = first.split("password: ")[1].split()[0]
    assert user.is_superuser and user.check_password(password)
    assert len(password) >= 12

    call_command("ensure_admin")
    second = capsys.readouterr().out
    assert "already exists" in second and password not in second
    assert get_user_model().objects.count() == 1


@pytest.mark.django_db
def test_passwords_differ_between_installs(capsys):
    call_command("ensure_admin")
    one = capsys.readouterr().out.split("password: ")[1].split()[0]
    get_user_model().objects.all().delete()
    call_command("ensure_admin")
    two = capsys.readouterr().out.split("password: ")[1].split()[0]
    assert one != two
