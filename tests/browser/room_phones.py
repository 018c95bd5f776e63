#!/usr/bin/env python3
"""Three phones in the workshop room, each a real headless Chromium (Debian's chromium and chromium-driver, driven
through python3-selenium) with a phone-sized window, loading the room's page from the address the presenter shows.

Driven by tst_roombrowser, which runs the presenter and its room on 127.0.0.1 and talks to this script through its
standard input and output:
  argv: the room's address, a folder for the screenshots
  out:  "VOTED" once every phone's votes are in (Ann: win everywhere, then lose for the first option's seller;
        anonymous: lose everywhere; Cem: even everywhere)
  in:   "REVEALED" once the presenter moved on to the result (the vote is closed)
  out:  "DONE" once every phone shows the true results and its inputs are disabled
Any failure prints its reason on standard error and exits non-zero. Only ever 127.0.0.1 is opened.
"""
import os
import sys
from urllib.parse import urlparse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

url, shots = sys.argv[1], sys.argv[2]
if urlparse(url).hostname != "127.0.0.1":
    sys.exit(f"refusing {url}: these tests only ever use 127.0.0.1")


def phone():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844",
                     "--force-device-scale-factor=1", "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    return driver


def wait(driver, what, seconds=20):
    return WebDriverWait(driver, seconds, poll_frequency=0.1).until(what)


def status(driver):
    return driver.find_element(By.ID, "status").text


def join(driver, nickname):
    driver.get(url)
    wait(driver, lambda d: d.find_element(By.ID, "joinForm").is_displayed())
    if nickname:
        driver.find_element(By.ID, "nickname").send_keys(nickname)
    driver.find_element(By.ID, "join").click()
    wait(driver, lambda d: d.find_element(By.ID, "question").is_displayed())


def choose(driver, option, party, answer):
    # The radio button is visually hidden; a person taps its label, scrolled to the middle of the screen (not under
    # the status line at the bottom).
    label = driver.find_element(By.XPATH, f"//input[@name='o{option}p{party}' and @value='{answer}']/..")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", label)
    label.click()


def vote_everywhere(driver, answer):
    options = len(driver.find_elements(By.CSS_SELECTOR, "#options fieldset"))
    for option in range(options):
        for party in range(3):
            choose(driver, option, party, answer)
    wait(driver, lambda d: status(d).startswith("Your answers are in"))
    return options


phones = []
try:
    for nickname in ("Ann", "", "Cem"):
        phones.append(phone())
        join(phones[-1], nickname)
    ann, anonymous, cem = phones
    options = vote_everywhere(ann, "win")
    vote_everywhere(anonymous, "lose")
    vote_everywhere(cem, "even")
    # Ann changes her mind about the seller under the first option.
    choose(ann, 0, 0, "lose")
    wait(ann, lambda d: d.find_element(By.XPATH, "//input[@name='o0p0' and @value='lose']").is_selected())
    # The change is on its way: the presenter's counts (checked by the caller) show whether it arrived.
    ann.execute_script("window.scrollTo(0, 0);")
    ann.save_screenshot(os.path.join(shots, "room-phone-vote.png"))
    print("VOTED", flush=True)

    if sys.stdin.readline().strip() != "REVEALED":
        sys.exit("expected REVEALED")
    for driver in phones:
        wait(driver, lambda d: "vote is closed" in status(d))
        truths = driver.find_elements(By.CSS_SELECTOR, "p.truth")
        if len(truths) != options * 3:
            sys.exit(f"{len(truths)} true results shown, expected {options * 3}")
        if any(box.is_enabled() for box in driver.find_elements(By.CSS_SELECTOR, "input[type=radio]")):
            sys.exit("answers can still be changed after the vote closed")
    ann.execute_script("window.scrollTo(0, 0);")
    ann.save_screenshot(os.path.join(shots, "room-phone-result.png"))
    print("DONE", flush=True)
finally:
    for driver in phones:
        driver.quit()
