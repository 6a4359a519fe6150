// C# 9 records and local functions, as a C# developer ports them: a
// struct and an enum declared inside the async function and kept across
// awaits, a local lambda "local function" used before and after awaits,
// same-named locals in sibling and nested scopes (`var result` in each
// branch), and a std::vector of the local type sorted after the awaits.
#include <asl/task.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

ASL_ASYNC asl::Task<int> score_of(const std::string &name) {
  int s = 0;
  for (char c : name)
    s += c;
  co_return s % 97;
}

ASL_ASYNC asl::Task<std::string> leaderboard(std::vector<std::string> names) {
  enum class Tier { Bronze, Silver, Gold };
  struct Entry {
    std::string name;
    int score;
    Tier tier;
    std::string label() const {
      static const char *tiers[] = {"bronze", "silver", "gold"};
      return name + ":" + std::to_string(score) + ":" +
             tiers[static_cast<int>(tier)];
    }
  };
  auto tier_for = [](int s) {
    return s > 60 ? Tier::Gold : s > 30 ? Tier::Silver : Tier::Bronze;
  };
  std::vector<Entry> entries;
  for (const auto &n : names) {
    int result = co_await score_of(n);
    if (result % 2 == 0) {
      std::string result = n + " (even)";
      entries.push_back({result, co_await score_of(result), tier_for(0)});
    } else {
      auto result2 = co_await score_of(n + n);
      {
        int result = result2 + 1;
        entries.push_back({n, result, tier_for(result)});
      }
    }
  }
  Entry best = entries.front();
  for (const Entry &e : entries) {
    if (co_await score_of(e.name) >= 0 && e.score > best.score)
      best = e;
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry &a, const Entry &b) { return a.score > b.score; });
  std::string out;
  for (const Entry &e : entries)
    out += e.label() + " ";
  co_return out + "| best " + best.label();
}

int main() {
  std::cout << asl::sync_wait(leaderboard({"ann", "eve", "al", "dave", "max"}))
            << "\n";
}
