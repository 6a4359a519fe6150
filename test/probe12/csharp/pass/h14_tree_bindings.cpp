// A directory-tree walker (like Directory.EnumerateFilesAsync): a
// std::map<string, unique_ptr<Dir>> tree, structured bindings of map
// entries and references to them across awaits, an async visitor
// callback, early co_return out of nested range-for loops, and `break`
// out of a loop with a lifted string.
#include <asl/task.h>

#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Dir {
  std::map<std::string, long> files;
  std::map<std::string, std::unique_ptr<Dir>> dirs;
};

using Visitor = std::function<asl::Task<bool>(const std::string &, long)>;

ASL_ASYNC asl::Task<long> walk(const Dir &d, std::string prefix,
                               const Visitor &visit) {
  long total = 0;
  for (const auto &[name, size] : d.files) {
    const std::string path = prefix + "/" + name;
    if (!co_await visit(path, size))
      co_return -1;
    total += size;
  }
  for (const auto &[name, sub] : d.dirs) {
    const Dir &child = *sub;
    long t = co_await walk(child, prefix + "/" + name, visit);
    if (t < 0)
      co_return t;
    total += t;
  }
  co_return total;
}

ASL_ASYNC asl::Task<std::string> find_first(const Dir &d,
                                            std::string suffix) {
  for (const auto &[name, sub] : d.dirs) {
    for (const auto &[file, size] : sub->files) {
      std::string hit = name + "/" + file;
      asl::Event ready(true);
      co_await ready;
      if (hit.size() >= suffix.size() &&
          hit.compare(hit.size() - suffix.size(), suffix.size(), suffix) == 0)
        co_return hit + " (" + std::to_string(size) + ")";
    }
    std::string deeper = co_await find_first(*sub, suffix);
    if (!deeper.empty())
      co_return name + "/" + deeper;
  }
  co_return "";
}

std::unique_ptr<Dir> sample() {
  auto root = std::make_unique<Dir>();
  root->files = {{"readme.md", 10}, {"main.cpp", 200}};
  auto src = std::make_unique<Dir>();
  src->files = {{"a.cpp", 30}, {"a.h", 5}};
  auto deep = std::make_unique<Dir>();
  deep->files = {{"gen.h", 7}, {"secret.key", 1}};
  src->dirs.emplace("gen", std::move(deep));
  root->dirs.emplace("src", std::move(src));
  root->dirs.emplace("docs", std::make_unique<Dir>());
  return root;
}

int main() {
  auto root = sample();
  std::vector<std::string> seen;
  Visitor all = [&](const std::string &p, long) -> asl::Task<bool> {
    seen.push_back(p);
    return [](bool b) -> asl::Task<bool> { co_return b; }(true);
  };
  std::cout << "total " << asl::sync_wait(walk(*root, "", all)) << "\n";
  for (auto &s : seen)
    std::cout << "  " << s << "\n";
  Visitor stop = [](const std::string &p, long) -> asl::Task<bool> {
    return [](bool b) -> asl::Task<bool> { co_return b; }(
        p.find(".key") == std::string::npos);
  };
  std::cout << "stopped " << asl::sync_wait(walk(*root, "", stop)) << "\n";
  std::cout << "found " << asl::sync_wait(find_first(*root, ".h")) << "\n";
  std::cout << "found " << asl::sync_wait(find_first(*root, ".key")) << "\n";
  std::cout << "found '" << asl::sync_wait(find_first(*root, ".zip"))
            << "'\n";
}
