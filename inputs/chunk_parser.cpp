// Checks a parser that awaits input chunks fed by events kept in an array:
// chunks arrive out of order, two tasks wait on the same events (resumed in
// the order they began waiting), and a truncated stream throws to sync_wait.
#include <asl/task.h>

#include <iostream>
#include <map>
#include <stdexcept>
#include <string>

constexpr int kChunks = 5;

struct Feed {
  std::string chunks[kChunks];
  asl::Event arrived[kChunks];

  void deliver(int index, std::string text) {
    std::cout << "feed chunk " << index << ": \"" << text << "\"\n";
    chunks[index] = std::move(text);
    arrived[index].set();
  }
};

// Parses "key=value;" records that may be split anywhere between chunks.
ASL_ASYNC asl::Task<int> parse_records(Feed &feed,
                                       std::map<std::string, std::string> &out) {
  std::string key;
  std::string value;
  bool in_value = false;
  int records = 0;
  int index = 0;
  while (index < kChunks) {
    if (!feed.arrived[index].is_set())
      std::cout << "  parser waits for chunk " << index << "\n";
    co_await feed.arrived[index];
    std::string chunk = feed.chunks[index];
    for (char c : chunk) {
      if (c == '=' && !in_value) {
        in_value = true;
      } else if (c == ';') {
        std::cout << "  record " << key << " = " << value << "\n";
        out[key] = value;
        key.clear();
        value.clear();
        in_value = false;
        ++records;
      } else {
        (in_value ? value : key) += c;
      }
    }
    ++index;
  }
  if (in_value || !key.empty())
    throw std::runtime_error("truncated record '" + key + "'");
  co_return records;
}

ASL_ASYNC asl::Task<std::size_t> count_bytes(Feed &feed) {
  std::size_t bytes = 0;
  for (int i = 0; i < kChunks; ++i) {
    co_await feed.arrived[i];
    bytes += feed.chunks[i].size();
    std::cout << "  counter has " << bytes << " bytes\n";
  }
  co_return bytes;
}

int main() {
  Feed feed;
  std::map<std::string, std::string> config;
  asl::Task<int> parser = parse_records(feed, config);
  asl::Task<std::size_t> counter = count_bytes(feed);

  feed.deliver(0, "host=exa");
  feed.deliver(2, "0;user=ad");
  feed.deliver(1, "mple.org;port=808");
  feed.deliver(4, "e=on;");
  feed.deliver(3, "min;verbos");

  int records = asl::sync_wait(std::move(parser));
  std::size_t bytes = asl::sync_wait(std::move(counter));
  std::cout << records << " records, " << bytes << " bytes\n";
  for (const auto &entry : config)
    std::cout << entry.first << " -> " << entry.second << "\n";

  Feed broken;
  std::map<std::string, std::string> partial;
  asl::Task<int> second = parse_records(broken, partial);
  const char *parts[kChunks] = {"a=1;", "b=2;c", "=3", ";d=", "4"};
  for (int i = 0; i < kChunks; ++i)
    broken.deliver(i, parts[i]);
  try {
    asl::sync_wait(std::move(second));
  } catch (const std::runtime_error &e) {
    std::cout << "error: " << e.what() << " after " << partial.size()
              << " record(s)\n";
  }
}
