// DTO mapping the way AutoMapper-less C# code does it, all in
// expressions: aggregates built from several awaits, make_pair/tuple of
// awaits, awaits in subscripts and on both sides of assignments, a
// ternary choosing class lvalues, chained builder calls on an awaited
// object, `throw Error(co_await describe())`, and co_return of a braced
// list.
#include <asl/task.h>

#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

struct Address {
  std::string city;
  int zip;
};
struct CustomerDto {
  int id;
  std::string name;
  Address address;
  std::vector<std::string> tags;
};

class Builder {
public:
  Builder &add(const std::string &k, const std::string &v) {
    text_ += k + "=" + v + ";";
    return *this;
  }
  std::string build() const { return "{" + text_ + "}"; }

private:
  std::string text_;
};

std::string trace;

ASL_ASYNC asl::Task<int> id_of(std::string who) {
  trace += "id(" + who + ")";
  co_return static_cast<int>(who.size()) * 11;
}
ASL_ASYNC asl::Task<std::string> name_of(int id) {
  trace += "name(" + std::to_string(id) + ")";
  co_return "cust" + std::to_string(id);
}
ASL_ASYNC asl::Task<std::string> city_of(int id) {
  trace += "city";
  co_return id % 2 ? "Oslo" : "Rome";
}
ASL_ASYNC asl::Task<int> zip_of(int id) {
  trace += "zip";
  co_return 1000 + id;
}
ASL_ASYNC asl::Task<Builder> builder() {
  trace += "builder";
  co_return Builder();
}
ASL_ASYNC asl::Task<std::string> describe(int id) {
  co_return "customer " + std::to_string(id) + " is blocked";
}

ASL_ASYNC asl::Task<CustomerDto> load(std::string who) {
  int id = co_await id_of(who);
  if (who == "mallory")
    throw std::runtime_error(co_await describe(id));
  CustomerDto dto{id, co_await name_of(id),
                  {co_await city_of(id), co_await zip_of(id)},
                  {"t" + std::to_string(id), co_await name_of(id + 1)}};
  co_return dto;
}

ASL_ASYNC asl::Task<std::pair<std::string, int>> summary(std::string who) {
  co_return {co_await name_of(co_await id_of(who)), co_await zip_of(1)};
}

ASL_ASYNC asl::Task<std::string> report() {
  std::map<int, std::string> index;
  std::vector<std::string> lines;
  std::string a = "A", b = "B";
  for (const char *who : {"al", "bobby", "mallory"}) {
    try {
      CustomerDto c = co_await load(who);
      index[co_await id_of(who)] = co_await name_of(c.id);
      (c.address.zip % 2 ? a : b) += co_await city_of(c.id);
      lines.push_back((co_await builder())
                          .add("name", c.name)
                          .add("city", co_await city_of(c.id))
                          .add("tag", c.tags.back())
                          .build());
    } catch (const std::exception &e) {
      lines.push_back(std::string("error ") + e.what());
    }
  }
  auto [n, z] = co_await summary("xy");
  auto t = std::make_tuple(co_await zip_of(2), co_await city_of(3), n);
  std::string out;
  for (auto &l : lines)
    out += l + "\n";
  for (auto &[k, v] : index)
    out += std::to_string(k) + ":" + v + " ";
  out += a + " " + b + " " + n + " " + std::to_string(z) + " " +
         std::to_string(std::get<0>(t)) + std::get<1>(t);
  co_return out;
}

int main() {
  std::cout << asl::sync_wait(report()) << "\n" << trace << "\n";
}
