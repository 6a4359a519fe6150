// initializer_list_test.cpp - asl::detail::list_over, which builds an
// std::initializer_list over an array the caller owns by writing the
// standard library's private layout (asl/detail/initializer_list.h): the
// list it returns must read exactly that array, in place, with no copy.

#include <asl/detail/initializer_list.h>

#include <gtest/gtest.h>

#include <cstddef>
#include <initializer_list>
#include <string>

namespace {

TEST(ListOver, BeginSizeAndElementsAreTheArrays) {
  const int array[3] = {4, 5, 6};
  std::initializer_list<int> list = asl::detail::list_over(array, 3);
  EXPECT_EQ(list.begin(), array);
  EXPECT_EQ(list.end(), array + 3);
  ASSERT_EQ(list.size(), 3u);
  int expected = 4;
  for (int v : list)
    EXPECT_EQ(v, expected++);
}

TEST(ListOver, ClassElementsAreReadInPlace) {
  std::string array[2] = {"left", "right"};
  std::initializer_list<std::string> list = asl::detail::list_over(array, 2);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list.begin(), &array[0]);
  EXPECT_EQ(*list.begin(), "left");
  EXPECT_EQ(*(list.end() - 1), "right");
  array[1] = "changed"; // the list is a view of the array
  EXPECT_EQ(*(list.begin() + 1), "changed");
}

TEST(ListOver, AgreesWithTheCompilersOwnList) {
  std::initializer_list<double> native = {1.5, 2.5};
  std::initializer_list<double> built =
      asl::detail::list_over(native.begin(), native.size());
  EXPECT_EQ(built.begin(), native.begin());
  EXPECT_EQ(built.end(), native.end());
  EXPECT_EQ(built.size(), native.size());
}

TEST(ListOver, EmptyList) {
  const char array[1] = {'x'};
  std::initializer_list<char> list = asl::detail::list_over(array, 0);
  EXPECT_EQ(list.size(), 0u);
  EXPECT_EQ(list.begin(), list.end());
}

TEST(InitListOver, ConstructsTheListInItsStorage) {
  // As a machine holds a lifted list: a union member nothing constructs.
  struct Holder {
    Holder() {}
    union {
      std::initializer_list<long> list;
    };
  } holder;
  const long array[2] = {7, 8};
  asl::detail::init_list_over(holder.list, array, 2);
  EXPECT_EQ(holder.list.begin(), array);
  EXPECT_EQ(holder.list.size(), 2u);
}

} // namespace
